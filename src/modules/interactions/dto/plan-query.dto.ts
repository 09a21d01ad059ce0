import { Type } from 'class-transformer';
import { IsDateString, IsIn } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { PLAN_STATUSES } from '../plan-status';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

export class PlanQueryDto extends PageQueryDto {
  @OptionalField() @Type(() => Number) @IsId() customerId?: number;
  @OptionalField() @Type(() => Number) @IsId() assigneeId?: number;
  @OptionalField() @Type(() => Number) @IsId() ownerId?: number;
  @OptionalField() @Type(() => Number) @IsId() typeId?: number;
  @OptionalField() @IsIn(PLAN_STATUSES) status?: string;
  /** due at or after (ISO date or date-time) */
  @OptionalField() @IsDateString({ strict: true }) dueFrom?: string;
  /** due before (ISO date or date-time) */
  @OptionalField() @IsDateString({ strict: true }) dueTo?: string;
}
