import { IsString, Matches } from 'class-validator';
import { Normalized } from '../../common/validation/normalized';

export class TotpCodeDto {
  @Normalized()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'validation.rules.otp' })
  code: string;
}
