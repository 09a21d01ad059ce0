import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { IsId } from '../../../common/validation/is-id';
import { Normalized } from '../../../common/validation/normalized';
import { Nullable } from '../../../common/validation/nullable';
import { Trim } from '../../../common/validation/trim';

/**
 * A new class of a course (§9.2): what a coordinator knows when forming it — course, term,
 * dates — and what may come later (venue, capacity, first and last week).
 */
export class CreateClassDto {
  @IsId()
  courseId: number;

  /** 期数: unique within the course */
  @IsInt()
  @Min(1)
  @Max(9999)
  term: number;

  /** `YYYY-MM-DD`, the first day */
  @IsCalendarDate()
  startDate: string;

  /** `YYYY-MM-DD`, the last day; not before startDate */
  @IsCalendarDate()
  endDate: string;

  /** `YYYY-MM-DD`: when the first week's sessions begin (首周), between start and end */
  @Nullable()
  @IsCalendarDate()
  firstWeekDate?: string | null;

  /** `YYYY-MM-DD`: when the last week's sessions begin (末周), between first week and end */
  @Nullable()
  @IsCalendarDate()
  lastWeekDate?: string | null;

  /** 会场地址 */
  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  /** the venue's province (GET /api/regions) */
  @Nullable()
  @Normalized()
  @Matches(/^\d{2,12}$/, { message: 'validation.rules.regionCode' })
  provinceCode?: string | null;

  /** the venue's city, within provinceCode */
  @Nullable()
  @Normalized()
  @Matches(/^\d{2,12}$/, { message: 'validation.rules.regionCode' })
  cityCode?: string | null;

  /** places; null while not decided */
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number | null;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
