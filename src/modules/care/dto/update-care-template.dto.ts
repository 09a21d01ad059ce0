import { IsBoolean, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { CARE_TEMPLATE_MAX_LENGTH } from '../care-template-text';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';

export class UpdateCareTemplateDto {
  /** the version you loaded; a stale one is refused with 409 */
  @IsVersion()
  version: number;

  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(CARE_TEMPLATE_MAX_LENGTH)
  body?: string;

  /** false stops using it; a holiday then gets the default holiday greeting */
  @OptionalField()
  @IsBoolean()
  active?: boolean;
}
