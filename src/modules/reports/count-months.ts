import { DateTime } from 'luxon';
import type { CountMonth } from './count-month';

/**
 * The months the business days `from`..`to` touch, in order, each with the instant it ends in
 * the business time zone `zone` (the last one's end may lie after the period's: the period's
 * own condition bounds the records).
 */
export function countMonths(from: string, to: string, zone: string): CountMonth[] {
  const months: CountMonth[] = [];
  const last = to.slice(0, 7);
  let month = DateTime.fromISO(`${from.slice(0, 7)}-01`, { zone });
  for (;;) {
    const key = month.toFormat('yyyy-MM');
    const next = month.plus({ months: 1 });
    months.push({ key, end: next.toJSDate() });
    if (key >= last) return months;
    month = next;
  }
}
