import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { OptionalField } from '../../../common/validation/optional-field';

export class AnniversaryDto {
  @Trim() @IsString() @Length(1, 20) name: string;
  /** `MM-DD` */
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'validation.rules.monthDay' })
  date: string;
}

/** Care data (§4.2.6): anniversaries to greet, holidays to skip, opt-out, family notes. */
export class CareDto {
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AnniversaryDto)
  anniversaries?: AnniversaryDto[];

  /** holiday codes of the dictionary not to greet this person for */
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(DICTIONARY_CODE_PATTERN, { each: true })
  excludedHolidays?: string[];

  @OptionalField() @IsBoolean() smsOptOut?: boolean;

  @OptionalField() @Trim() @IsString() @MaxLength(1000) familyNotes?: string;
}
