import { IsIn, Matches } from 'class-validator';
import {
  DICTIONARY_CODE_PATTERN,
  DICTIONARY_CODE_RULE,
  DICTIONARY_TYPES,
  type DictionaryType,
} from '../dictionary-type';

/** A catalogue key: the message lists the types in the reader's language (validationDetails). */
const TYPE_RULE = 'validation.rules.dictionaryType';

/** `:type` of the dictionary routes. */
export class TypeParamDto {
  @IsIn(DICTIONARY_TYPES, { message: TYPE_RULE }) type: DictionaryType;
}

/** `:type/:code` of one entry. */
export class EntryParamDto {
  @IsIn(DICTIONARY_TYPES, { message: TYPE_RULE }) type: DictionaryType;
  @Matches(DICTIONARY_CODE_PATTERN, { message: DICTIONARY_CODE_RULE }) code: string;
}
