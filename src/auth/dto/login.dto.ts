import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class LoginDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString() @Length(1, 64) username: string;

  @IsString() @Length(1, 128) password: string;

  /** the 6-digit code of the authenticator app, when two-factor sign-in is on */
  @IsOptional() @IsString() @Matches(/^\d{6}$/, { message: 'otp must be the 6 digits shown by the authenticator app' })
  otp?: string;
}
