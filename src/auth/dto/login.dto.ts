import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';
import { OptionalField } from '../../common/validation/optional-field';
import { Normalized } from '../../common/validation/normalized';
import { ApiExample } from '../../openapi/api-example.decorator';

@ApiExample({ username: 'zhangwei', password: 'Correct-Horse-Battery-9' })
export class LoginDto {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Length(1, 64)
  username: string;

  @IsString() @Length(1, 128) password: string;

  /** the 6-digit code of the authenticator app, when two-factor sign-in is on */
  @OptionalField()
  @Normalized()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'validation.rules.otp' })
  otp?: string;
}
