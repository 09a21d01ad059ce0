import { IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../../common/calendar/is-calendar-date';
import { Nullable } from '../../../../common/validation/nullable';
import { Trim } from '../../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../../dictionary/dictionary-type';

/** A student dropping out (下车): when, why (a dropout_reason code) and what was said. */
export class DropoutDto {
  @IsCalendarDate() date: string;
  @IsString() @Matches(DICTIONARY_CODE_PATTERN) reasonCode: string;
  @Nullable() @Trim() @IsString() @MaxLength(500) notes?: string | null;
}
