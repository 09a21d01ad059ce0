import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { OptionalField } from '../../../common/validation/optional-field';
import { COURSE_KINDS, type CourseKind } from '../course-kind';

/** `GET /api/courses?kind=&active=` */
export class CourseQueryDto {
  @OptionalField()
  @IsIn(COURSE_KINDS)
  kind?: CourseKind;

  /** true: only courses that take new classes; false: only retired ones */
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
