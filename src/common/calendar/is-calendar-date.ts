import { ValidateBy, type ValidationOptions } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `value` is a `YYYY-MM-DD` that is on the (proleptic Gregorian) calendar: 2026-02-30
 * is not. Worked out here rather than by parsing with luxon, which costs tens of
 * microseconds, and a period's request checks its dates several times.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** A calendar date `YYYY-MM-DD`, as a query or body field; the message says the format. */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'calendarDate',
      validator: { validate: isCalendarDate, defaultMessage: () => 'validation.rules.date' },
    },
    options,
  );
