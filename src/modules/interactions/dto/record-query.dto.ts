import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';

export class RecordQueryDto extends PageQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) customerId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) staffId?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2_147_483_647) typeId?: number;
  /** took place at or after (ISO date or date-time) */
  @IsOptional() @IsDateString({ strict: true }) from?: string;
  /** took place before (ISO date or date-time) */
  @IsOptional() @IsDateString({ strict: true }) to?: string;
}
