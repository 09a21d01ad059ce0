import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../access/role';
import { Trim } from '../../common/validation/trim';
import { OptionalField } from '../../common/validation/optional-field';
import { Normalized } from '../../common/validation/normalized';

export class CreateUserDto {
  /** 3–64 letters, digits, dot, dash or underscore; stored in lower case */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: 'validation.rules.username',
  })
  username: string;

  @Trim() @IsString() @Length(1, 100) displayName: string;

  @IsIn(ROLES, { message: 'validation.rules.role' }) role: Role;

  /** omit to have a temporary password generated; either way it must be changed at first sign-in */
  @OptionalField() @IsString() @MaxLength(128) password?: string;

  @OptionalField() @Trim() @IsEmail() @MaxLength(254) email?: string;

  /** mainland mobile number, 11 digits */
  @OptionalField()
  @Trim()
  @Normalized()
  @Matches(/^1[3-9]\d{9}$/, { message: 'validation.rules.mobile' })
  mobile?: string;
}
