import { ValidateBy, type ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a `YYYY-MM-DD` that is on the calendar (2026-02-30 is not). */
export function isCalendarDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    DATE.test(value) &&
    DateTime.fromISO(value, { zone: 'UTC' }).isValid
  );
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
