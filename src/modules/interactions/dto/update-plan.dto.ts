import { IsBoolean, IsDateString, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';

export class UpdatePlanDto {
  @IsVersion()
  version: number;

  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  content?: string;

  @OptionalField()
  @IsDateString({ strict: true })
  dueAt?: string;

  @OptionalField()
  @IsBoolean()
  remindBySms?: boolean;
}
