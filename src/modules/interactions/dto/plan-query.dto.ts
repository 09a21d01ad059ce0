import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { PLAN_STATUSES } from '../plan-status';

export class PlanQueryDto extends PageQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) customerId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) assigneeId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) ownerId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) typeId?: number;
  @IsOptional() @IsIn(PLAN_STATUSES) status?: string;
  /** due at or after (ISO date or date-time) */
  @IsOptional() @IsDateString({ strict: true }) dueFrom?: string;
  /** due before (ISO date or date-time) */
  @IsOptional() @IsDateString({ strict: true }) dueTo?: string;
}
