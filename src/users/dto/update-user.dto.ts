import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ROLES, type Role } from '../../access/role';
import { Trim } from '../../common/validation/trim';

export class UpdateUserDto {
  @IsOptional() @Trim() @IsString() @Length(1, 100) displayName?: string;

  @IsOptional() @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` }) role?: Role;

  /** null clears it */
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Trim() @IsEmail() @MaxLength(254)
  email?: string | null;

  /** null clears it */
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Trim() @Matches(/^1[3-9]\d{9}$/, { message: 'mobile must be an 11-digit mainland mobile number' })
  mobile?: string | null;

  /** this user's own daily limit of customer records read; null = the configured default */
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt() @Min(1) @Max(1_000_000)
  dailyViewQuota?: number | null;

  /** send this user's reminders (due plans) by SMS as well, to the account's mobile */
  @IsOptional() @IsBoolean() smsReminders?: boolean;

  /** the version you loaded; a stale one is refused with 409 */
  @IsInt() @Min(1) version: number;
}
