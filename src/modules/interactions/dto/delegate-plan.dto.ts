import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class DelegatePlanDto {
  @IsInt() @Min(1) @Max(2_147_483_647)
  version: number;

  /** the colleague who takes it over */
  @IsInt() @Min(1) @Max(2_147_483_647)
  assigneeId: number;

  /** what the helper should know */
  @IsOptional() @Trim() @IsString() @MaxLength(500)
  note?: string;
}
