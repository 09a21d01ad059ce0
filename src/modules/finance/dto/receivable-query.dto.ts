import { Type } from 'class-transformer';
import { IsIn } from 'class-validator';
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
}
