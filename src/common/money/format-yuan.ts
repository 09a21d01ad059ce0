import type { Locale } from '../i18n/locale';
import type { Fen } from './fen';

/**
 * An amount for people to read: `¥1,234.50` in English, `1,234.50 元` in Chinese (how
 * statements and receipts print it), `-` before a negative one. Worked out on whole numbers,
 * never through floating-point yuan.
 */
export function formatYuan(fen: Fen | number, locale: Locale = 'zh-CN'): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return locale === 'en' ? `${sign}¥${yuan}.${cents}` : `${sign}${yuan}.${cents} 元`;
}
