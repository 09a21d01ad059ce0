import { IsBoolean, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { CARE_OCCASIONS, type CareOccasion } from '../care-occasions';
import { CARE_TEMPLATE_MAX_LENGTH } from '../care-template-text';
import { OptionalField } from '../../../common/validation/optional-field';

export class CreateCareTemplateDto {
  @IsIn(CARE_OCCASIONS)
  occasion: CareOccasion;

  /** holiday templates only: the dictionary's holiday code; leave out for the default holiday greeting */
  @OptionalField()
  @Matches(DICTIONARY_CODE_PATTERN, { message: 'validation.rules.holidayCode' })
  holidayCode?: string;

  /** at most 300 characters; placeholders {name}, {occasion} (anniversary name or holiday label), {date} */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(CARE_TEMPLATE_MAX_LENGTH)
  body: string;

  @OptionalField()
  @IsBoolean()
  active?: boolean;
}
