import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { OptionalField } from '../../../common/validation/optional-field';

/** The dashboard's period and how long a silence puts a customer at risk. */
export class DashboardQueryDto {
  /** first day, `YYYY-MM-DD` in the business time zone; the first of this month when left out */
  @OptionalField() @IsCalendarDate() from?: string;
  /** last day, included; today when left out */
  @OptionalField() @IsCalendarDate() to?: string;
  /** customers not contacted for this many days (1–365) are at risk; 30 when left out */
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(365) silentDays: number = 30;
}
