import { OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { IsVersion } from '../../../common/validation/is-version';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { MAIN_LINE_STAGES, type MainLineStage } from '../course-kind';
import { CreateCourseDto } from './create-course.dto';

/**
 * Changes to a course at the version read. A main-line course takes only a new default fee
 * and description; anything else is refused (MAIN_LINE_FIXED).
 */
// skipNullProperties: false: null is checked by each field's rules rather than skipped.
export class UpdateCourseDto extends PartialType(OmitType(CreateCourseDto, ['code'] as const), {
  skipNullProperties: false,
}) {
  @IsVersion()
  version: number;

  /** false retires the course: no new class of it; its classes stay */
  @OptionalField()
  @IsBoolean()
  active?: boolean;

  /**
   * Accepted only to be refused with a clear answer when it would change: the main line's
   * stages are fixed and a tool course has none.
   */
  @Nullable()
  @IsIn(MAIN_LINE_STAGES)
  stage?: MainLineStage | null;
}
