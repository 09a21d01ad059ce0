import { IsBoolean } from 'class-validator';

export class UpdateRolePolicyDto {
  /** users of this role must sign in with a one-time code as well */
  @IsBoolean() requireTwoFactor: boolean;
}
