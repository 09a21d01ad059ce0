import { Type } from 'class-transformer';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { SCRIPT_SITUATIONS, type ScriptSituation } from '../script-situation';

/**
 * `GET /api/scripts`: by course and situation, and `q` words of the title, body or tags, or
 * the pinyin (initials) of the title; newest change first.
 */
export class ScriptQueryDto extends PageQueryDto {
  @OptionalField() @IsString() @MaxLength(100) q?: string;
  @OptionalField() @Type(() => Number) @IsId() courseId?: number;
  @OptionalField() @IsIn(SCRIPT_SITUATIONS) situation?: ScriptSituation;
}
