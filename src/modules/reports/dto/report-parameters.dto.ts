import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/**
 * The parameters of a report, one vocabulary for all reports (each takes some of them;
 * GET /api/reports lists which): in a run's query, and in a schedule's or a generation's body.
 */
export class ReportParametersDto {
  /** first day of the period, `YYYY-MM-DD` in the business time zone */
  @OptionalField() @IsCalendarDate() from?: string;
  /** last day of the period (included) */
  @OptionalField() @IsCalendarDate() to?: string;
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
  @OptionalField() @Type(() => Number) @IsId() classId?: number;
  @OptionalField() @Type(() => Number) @IsId() customerId?: number;
  /** a customer category: `student`, `prospect`, … */
  @OptionalField()
  @Matches(/^[a-z]{1,16}$/, { message: 'validation.rules.reportCategory' })
  category?: string;
  /** how many of a ranking to show, 1–100 (10 when left out) */
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(100) top?: number;
}
