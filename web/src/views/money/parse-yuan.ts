/**
 * What a person typed as yuan (`1280`, `1,280.5`, `¥1280.50`) in fen, or null when it is not
 * an amount with at most two decimals. Exact: the digits are read as integers, never as a
 * float multiplied by 100.
 */
export function parseYuan(text: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(text.trim().replace(/^¥/, '').replace(/,/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
