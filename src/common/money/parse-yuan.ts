import { type Fen, MAX_FEN } from './fen';

// Optional sign, optional ¥ / ￥, yuan with or without thousands commas, up to two decimals,
// optional 元: what formatYuan writes and what people type into a spreadsheet cell.
const YUAN = /^([-+])?\s*[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(?:元)?$/;

/**
 * Yuan as typed or printed (`1234.5`, `¥1,234.50`, `1,234.50 元`, `-12`) to fen, by the digits
 * (never through a float). Null for anything else: a third decimal, a stray letter, or an
 * amount above MAX_FEN in size.
 */
export function parseYuan(text: string): Fen | null {
  // NFKC: full-width digits and ￥ typed on a Chinese keyboard become their ASCII forms.
  const match = YUAN.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const [, sign, yuan, cents = ''] = match;
  const fen = Number(yuan.replace(/,/g, '')) * 100 + Number(cents.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) return null;
  return (sign === '-' && fen !== 0 ? -fen : fen) as Fen;
}
