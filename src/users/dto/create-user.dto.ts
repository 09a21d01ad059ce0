import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../access/role';
import { Trim } from '../../common/validation/trim';

export class CreateUserDto {
  /** 3–64 letters, digits, dot, dash or underscore; stored in lower case */
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: 'username must be 3–64 characters: letters, digits, dot, dash or underscore, starting with a letter or digit',
  })
  username: string;

  @Trim() @IsString() @Length(1, 100) displayName: string;

  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` }) role: Role;

  /** omit to have a temporary password generated; either way it must be changed at first sign-in */
  @IsOptional() @IsString() @MaxLength(128) password?: string;

  @IsOptional() @Trim() @IsEmail() @MaxLength(254) email?: string;

  /** mainland mobile number, 11 digits */
  @IsOptional() @Trim() @Matches(/^1[3-9]\d{9}$/, { message: 'mobile must be an 11-digit mainland mobile number' })
  mobile?: string;
}
