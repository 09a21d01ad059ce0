import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ROLES, type Role } from '../../access/role';
import { Trim } from '../../common/validation/trim';
import { IsVersion } from '../../common/validation/is-version';
import { Nullable } from '../../common/validation/nullable';
import { OptionalField } from '../../common/validation/optional-field';
import { Normalized } from '../../common/validation/normalized';

export class UpdateUserDto {
  @OptionalField() @Trim() @IsString() @Length(1, 100) displayName?: string;

  @OptionalField() @IsIn(ROLES, { message: 'validation.rules.role' }) role?: Role;

  /** null clears it */
  @Nullable()
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  /** null clears it */
  @Nullable()
  @Trim()
  @Normalized()
  @Matches(/^1[3-9]\d{9}$/, { message: 'validation.rules.mobile' })
  mobile?: string | null;

  /** this user's own daily limit of customer records read; null = the configured default */
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  dailyViewQuota?: number | null;

  /** send this user's reminders (due plans) by SMS as well, to the account's mobile */
  @OptionalField() @IsBoolean() smsReminders?: boolean;

  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion() version: number;
}
