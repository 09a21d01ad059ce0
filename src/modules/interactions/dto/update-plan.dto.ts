import { IsBoolean, IsDateString, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class UpdatePlanDto {
  @IsInt() @Min(1) @Max(2_147_483_647)
  version: number;

  @IsOptional() @Trim() @IsString() @MinLength(1) @MaxLength(2000)
  content?: string;

  @IsOptional() @IsDateString({ strict: true })
  dueAt?: string;

  @IsOptional() @IsBoolean()
  remindBySms?: boolean;
}
