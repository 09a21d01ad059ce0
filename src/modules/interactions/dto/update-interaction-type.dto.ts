import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class UpdateInteractionTypeDto {
  @IsInt() @Min(1)
  version: number;

  @IsOptional() @Trim() @IsString() @MinLength(1) @MaxLength(50)
  name?: string;

  @IsOptional() @IsBoolean()
  resultRequired?: boolean;

  @IsOptional() @IsInt() @Min(0) @Max(10080)
  reminderLeadMinutes?: number;

  @IsOptional() @IsInt() @Min(0) @Max(100000)
  sortOrder?: number;

  /** custom types only: a type in use is switched off rather than removed */
  @IsOptional() @IsBoolean()
  active?: boolean;
}
