import { IsString, Matches } from 'class-validator';

export class TotpCodeDto {
  @IsString() @Matches(/^\d{6}$/, { message: 'code must be the 6 digits shown by the authenticator app' })
  code: string;
}
