import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { COACH_KINDS, type CoachKind } from '../coach-kind';

/** `GET /api/coaches`: by kind, level, qualified course and whether active; newest first. */
export class CoachQueryDto extends PageQueryDto {
  @OptionalField() @IsIn(COACH_KINDS) kind?: CoachKind;
  @OptionalField() @Matches(DICTIONARY_CODE_PATTERN) level?: string;
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
