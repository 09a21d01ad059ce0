import { ValidateBy, type ValidationArguments } from 'class-validator';
import { OptionalField } from '../validation/optional-field';
import { addDays } from './business-day';
import { isCalendarDate, IsCalendarDate } from './is-calendar-date';

/** A period longer than this is a report's, not a list's (a year, leap day included). */
export const MAX_PERIOD_DAYS = 366;

/** The period's `from` when it is a real date, else undefined (its own rule reports it). */
function fromOf(args: ValidationArguments): string | undefined {
  const from = (args.object as PeriodQueryDto).from;
  return isCalendarDate(from) ? from : undefined;
}

/**
 * `?from=&to=`: a period of business days, both ends inclusive, `YYYY-MM-DD` in the business
 * time zone. Lists and reports over a period extend it (with PageQueryDto through
 * IntersectionType when they page); BusinessCalendar.period() fills in what is left out and
 * turns the days into instants. Both given, `to` may not be before `from` nor more than
 * MAX_PERIOD_DAYS after it.
 */
export class PeriodQueryDto {
  /** first business day, `YYYY-MM-DD`; each endpoint says what it is when left out */
  @OptionalField()
  @IsCalendarDate()
  from?: string;

  /** last business day, inclusive, `YYYY-MM-DD`; today unless the endpoint says otherwise */
  @OptionalField()
  @IsCalendarDate()
  @ValidateBy({
    name: 'notBeforeFrom',
    validator: {
      validate: (to, args) => {
        const from = args && fromOf(args);
        return !from || !isCalendarDate(to) || from <= to;
      },
      defaultMessage: () => 'calendar.toBeforeFromDetail',
    },
  })
  @ValidateBy({
    name: 'maxPeriodDays',
    constraints: [MAX_PERIOD_DAYS],
    validator: {
      validate: (to, args) => {
        const from = args && fromOf(args);
        return !from || !isCalendarDate(to) || to < addDays(from, MAX_PERIOD_DAYS);
      },
      defaultMessage: () => 'calendar.periodTooLongDetail',
    },
  })
  to?: string;
}
