import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsFen } from '../../../common/money/is-fen';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';

/** The highest default fee of a course: ¥10,000,000. */
export const MAX_COURSE_FEE_FEN = 1_000_000_000;

/** A new tool course (§9.1); the main line is seeded and fixed, so a new course is a tool course. */
export class CreateCourseDto {
  /** upper-case letters, digits and `-`, e.g. `CP3` */
  @Matches(/^[A-Z][A-Z0-9-]{1,31}$/, { message: 'validation.rules.courseCode' })
  code: string;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  /**
   * what a place costs unless an enrolment says otherwise, in fen (¥2,980.00 is 298000), at
   * most ¥10,000,000 (the column is a 32-bit integer on every database)
   */
  @OptionalField()
  @IsFen({ max: MAX_COURSE_FEE_FEN })
  defaultFeeFen?: number;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @OptionalField()
  @IsInt()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}
