import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { OptionalField } from '../../../common/validation/optional-field';

/** The most weeks the board's calendar shows ahead: a quarter, the classes' own limit. */
export const MAX_CALENDAR_WEEKS = 12;

/** `GET /api/bulletin/calendar?weeks=`: the classes of the coming weeks. */
export class CalendarQueryDto {
  /** how many weeks from today, 1 to 12 */
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CALENDAR_WEEKS)
  weeks: number = 4;
}
