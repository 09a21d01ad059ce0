/**
 * Filters over moments (audit rows, outbox messages) take instants; people pick business
 * days. The business time zone (Asia/Shanghai) keeps +08:00 all year, without daylight saving.
 */
const BUSINESS_OFFSET = '+08:00';

/** The instant the business day `YYYY-MM-DD` begins. */
export function dayStart(day: string): string {
  return `${day}T00:00:00${BUSINESS_OFFSET}`;
}

/** The instant the business day `YYYY-MM-DD` ends (the next one begins): an exclusive end. */
export function dayEnd(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return dayStart(next.toISOString().slice(0, 10));
}
