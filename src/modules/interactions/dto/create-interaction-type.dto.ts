import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class CreateInteractionTypeDto {
  /** letters, digits and `_`, e.g. `visit_home` */
  @Matches(/^[a-z][a-z0-9_]{1,31}$/, { message: 'code must be 2–32 lower-case letters, digits or _, starting with a letter' })
  code: string;

  @Trim() @IsString() @MinLength(1) @MaxLength(50)
  name: string;

  @IsOptional() @IsBoolean()
  resultRequired?: boolean;

  /** minutes before a plan falls due that its assignee is reminded (0 to 7 days) */
  @IsOptional() @IsInt() @Min(0) @Max(10080)
  reminderLeadMinutes?: number;

  @IsOptional() @IsInt() @Min(0) @Max(100000)
  sortOrder?: number;
}
