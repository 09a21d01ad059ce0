import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { IsVersion } from '../../../common/validation/is-version';

export class CancelPlanDto {
  @IsVersion()
  version: number;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason: string;
}
