import { Type } from 'class-transformer';
import { IsIn, Matches } from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { Normalized } from '../../../common/validation/normalized';
import { OptionalField } from '../../../common/validation/optional-field';
import { CLASS_STATUSES, type ClassStatus } from '../class-status';
import {
  COURSE_KINDS,
  MAIN_LINE_STAGES,
  type CourseKind,
  type MainLineStage,
} from '../course-kind';

/**
 * `GET /api/classes`: by course, stage, kind, status, venue region, and the classes that run
 * at some time in a period (`from`–`to`, dates, both inclusive). Sorted by `startDate`
 * (default `-startDate`, the newest first) or `term`.
 */
export class ClassQueryDto extends PageQueryDto {
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
  @OptionalField() @Type(() => Number) @IsIn(MAIN_LINE_STAGES) stage?: MainLineStage;
  @OptionalField() @IsIn(COURSE_KINDS) kind?: CourseKind;
  @OptionalField() @IsIn(CLASS_STATUSES) status?: ClassStatus;
  @OptionalField() @Normalized() @Matches(/^\d{2,12}$/) provinceCode?: string;
  @OptionalField() @Normalized() @Matches(/^\d{2,12}$/) cityCode?: string;
  /** `YYYY-MM-DD`: classes that end on or after it */
  @OptionalField() @IsCalendarDate() from?: string;
  /** `YYYY-MM-DD`: classes that start on or before it */
  @OptionalField() @IsCalendarDate() to?: string;
}
