import { DateTime } from 'luxon';

/** An instant range [start, end) in UTC. */
export interface InstantRange {
  start: Date;
  end: Date;
}

/**
 * The instants a business day (`YYYY-MM-DD` in the business time zone) runs between. Days
 * are not always 24 hours long where the zone has summer time, so luxon does the arithmetic.
 */
export function businessDayRange(day: string, timeZone: string, days = 1): InstantRange {
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  if (!start.isValid) throw new RangeError(`Not a calendar date: ${day}`);
  return { start: start.toJSDate(), end: start.plus({ days }).toJSDate() };
}

/** `day` moved by whole calendar days. */
export function addDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate() as string;
}
