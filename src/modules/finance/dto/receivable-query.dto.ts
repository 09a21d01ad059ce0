import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { RECEIVABLE_STATUSES, type ReceivableStatus } from '../receivable-status';

/** Which receivables to list. */
export class ReceivableQueryDto extends PageQueryDto {
  @OptionalField() @Type(() => Number) @IsId() classId?: number;
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
  @OptionalField() @Type(() => Number) @IsId() customerId?: number;
  /** the coordinator who enrolled the students */
  @OptionalField() @Type(() => Number) @IsId() coordinatorId?: number;
  @OptionalField() @IsIn(RECEIVABLE_STATUSES) status?: ReceivableStatus;
  /** true: an instalment of the payment plan is past due and not paid */
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
  /** enrolled on or after this business day (`YYYY-MM-DD`) */
  @OptionalField() @IsCalendarDate() from?: string;
  /** enrolled on or before this business day */
  @OptionalField() @IsCalendarDate() to?: string;
}
