import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsId } from '../../../common/validation/is-id';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { SCRIPT_SITUATIONS, type ScriptSituation } from '../script-situation';

/** Tags one script carries at most. */
export const MAX_SCRIPT_TAGS = 10;
/** The longest body: a script is read out on the phone, a few pages at most. */
export const MAX_SCRIPT_BODY = 10_000;

/** A new script of the library (§7). */
export class CreateScriptDto {
  /** the course it is about (GET /api/courses); null or left out for a general script */
  @Nullable()
  @IsId()
  courseId?: number | null;

  /** first_call, course_intro, price_objection, rejoin, pre_class, referral, care_call, other */
  @IsIn(SCRIPT_SITUATIONS)
  situation: ScriptSituation;

  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title: string;

  /** plain text or Markdown, shown as text */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_SCRIPT_BODY)
  body: string;

  /** short keywords to find it by, e.g. 报价 */
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_SCRIPT_TAGS)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(20, { each: true })
  tags?: string[];

  /** on the reading list of new staff for its course */
  @OptionalField()
  @IsBoolean()
  forNewStaff?: boolean;

  /** place on the reading list, smallest first */
  @OptionalField()
  @IsInt()
  @Min(0)
  @Max(10_000)
  readingOrder?: number;
}
