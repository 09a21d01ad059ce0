import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../../common/calendar/is-calendar-date';
import { IsId } from '../../../../common/validation/is-id';
import { OptionalField } from '../../../../common/validation/optional-field';
import { COACH_KINDS, type CoachKind } from '../../../coaches/coach-kind';
import { DICTIONARY_CODE_PATTERN } from '../../../dictionary/dictionary-type';

/** `GET /api/coaches/available`: who is free in a period (both days included). */
export class AvailabilityQueryDto {
  /** `YYYY-MM-DD` */
  @IsCalendarDate() from: string;
  /** `YYYY-MM-DD`, at most 92 days after `from` */
  @IsCalendarDate() to: string;
  @OptionalField() @IsIn(COACH_KINDS) kind?: CoachKind;
  @OptionalField() @Matches(DICTIONARY_CODE_PATTERN) level?: string;
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;

  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(10_000) page: number = 1;
  @OptionalField() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize: number = 50;
}
