/**
 * Fen (the API's integer money) as yuan with two decimals and thousands separators:
 * `123456` → `¥1,234.56`. String arithmetic only, so no float ever rounds money.
 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${whole}.${digits.slice(-2)}`;
}
