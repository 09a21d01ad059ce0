import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN, DICTIONARY_CODE_RULE } from '../dictionary-type';
import { OptionalField } from '../../../common/validation/optional-field';

export class CreateDictionaryEntryDto {
  /** 1–32 lower-case letters, digits or underscores, unique within the type; cannot be changed later */
  @IsString() @Matches(DICTIONARY_CODE_PATTERN, { message: DICTIONARY_CODE_RULE }) code: string;

  /** what people see */
  @Trim() @IsString() @Length(1, 100) label: string;

  /** position in drop-downs, ascending; omit to put it last */
  @OptionalField() @IsInt() @Min(0) @Max(1_000_000) sortOrder?: number;
}
