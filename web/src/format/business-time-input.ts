import { BUSINESS_TIME_ZONE } from './datetime';

/**
 * The business time zone's offset from UTC. Asia/Shanghai keeps no summer time, so one
 * offset serves every date; times typed into forms are wall times there.
 */
const BUSINESS_UTC_OFFSET = '+08:00';

/** The picker's format of a wall time in the business time zone. */
export const WALL_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** `2026-12-05 14:30` (business wall time) → `2026-12-05T14:30:00+08:00` for the API. */
export function wallTimeToIso(wallTime: string): string {
  return `${wallTime.replace(' ', 'T')}:00${BUSINESS_UTC_OFFSET}`;
}

/** An instant → its wall time in the business time zone, `2026-12-05 14:30`. */
export function isoToWallTime(value: string | Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: BUSINESS_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(value))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The business day (`YYYY-MM-DD`) of an instant, now when none is given. */
export function businessDay(value: string | Date = new Date()): string {
  return isoToWallTime(value).slice(0, 10);
}

/** `YYYY-MM-DD` moved by whole days. */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The first instant of a business day, for the API's from/to filters. */
export function dayStartIso(day: string): string {
  return `${day}T00:00:00${BUSINESS_UTC_OFFSET}`;
}

/** Whether a wall-time picker's day lies before today's business day (for `disabled-date`). */
export function beforeBusinessToday(date: Date): boolean {
  return pickerDay(date) < businessDay();
}

/** Whether a wall-time picker's day lies after today's business day (for `disabled-date`). */
export function afterBusinessToday(date: Date): boolean {
  return pickerDay(date) > businessDay();
}

/** The `YYYY-MM-DD` a date picker means by a Date (its local calendar day). */
function pickerDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
