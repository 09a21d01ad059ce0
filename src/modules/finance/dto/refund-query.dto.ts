import { Type } from 'class-transformer';
import { IsIn } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { REFUND_STATUSES, type RefundStatus } from '../refund-status';

/** Which refund requests to list. */
export class RefundQueryDto extends PageQueryDto {
  @OptionalField() @IsIn(REFUND_STATUSES) status?: RefundStatus;
  @OptionalField() @Type(() => Number) @IsId() receivableId?: number;
}
