import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class CancelPlanDto {
  @IsInt() @Min(1) @Max(2_147_483_647)
  version: number;

  @Trim() @IsString() @MinLength(1) @MaxLength(200)
  reason: string;
}
