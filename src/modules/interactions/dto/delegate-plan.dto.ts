import { IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { IsId } from '../../../common/validation/is-id';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';

export class DelegatePlanDto {
  @IsVersion()
  version: number;

  /** the colleague who takes it over */
  @IsId()
  assigneeId: number;

  /** what the helper should know */
  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string;
}
