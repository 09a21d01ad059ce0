import { IntersectionType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { ENROLMENT_STATUSES } from '../../classes/enrolment/enrolment-status';
import { CustomerQueryDto } from '../../customers/dto/customer-query.dto';
import { InteractionQueryDto } from '../../interactions/dto/interaction-query.dto';
import { CUSTOMER_COUNT_FILTERS } from './customer-count-filters';
import { COUNT_SUBJECTS, type CountSubjectKey } from '../count-subject';

/** The answers counts come as. */
export const COUNT_FORMATS = ['json', 'xlsx'] as const;
export type CountFormat = (typeof COUNT_FORMATS)[number];

/** The customer list's filters, with the same rules as the list (`GET /api/customers`). */
class CustomerListFilters extends PickType(CustomerQueryDto, CUSTOMER_COUNT_FILTERS) {}

/** The interaction records list's filters (`GET /api/interactions`). */
class InteractionListFilters extends PickType(InteractionQueryDto, [
  'customerId',
  'staffId',
  'typeId',
] as const) {}

/**
 * `GET /api/reports/counts`: count a subject grouped by one or two dimensions, with the
 * filters of the subject's list (a filter the subject's list does not take is refused), over a
 * period of the subject's time (customers added, records taken place, enrolments made).
 */
export class CountsQueryDto extends IntersectionType(CustomerListFilters, InteractionListFilters) {
  /** `json` (default) or `xlsx`: the same rows as an Excel file */
  @OptionalField() @IsIn(COUNT_FORMATS) format: CountFormat = 'json';
  /** `customers`, `interactions` or `enrolments` */
  @IsIn(COUNT_SUBJECTS) subject: CountSubjectKey;
  /** the first dimension: owner, status, level, source, industry, province, course, class, month */
  @IsString() @MaxLength(32) by: string;
  /** an optional second dimension, not the same as `by` */
  @OptionalField() @IsString() @MaxLength(32) by2?: string;
  /** first day, `YYYY-MM-DD` in the business time zone; all time when left out */
  @OptionalField() @IsCalendarDate() from?: string;
  /** last day, included; today when left out and `from` is given */
  @OptionalField() @IsCalendarDate() to?: string;
  /** enrolments: of one class */
  @OptionalField() @Type(() => Number) @IsId() classId?: number;
  /** enrolments: in the classes of one course */
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
  /** enrolments: in one status (enrolled, graduated, dropped, refunded) */
  @OptionalField() @IsIn(ENROLMENT_STATUSES) status?: string;
}

/** The filter fields of CountsQueryDto: the subjects' list filters, checked per subject. */
export const COUNT_FILTER_FIELDS = [
  ...CUSTOMER_COUNT_FILTERS,
  'customerId',
  'staffId',
  'typeId',
  'classId',
  'courseId',
  'status',
] as const satisfies readonly (keyof CountsQueryDto)[];
