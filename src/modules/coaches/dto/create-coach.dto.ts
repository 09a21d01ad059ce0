import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DICTIONARY_CODE_PATTERN, DICTIONARY_CODE_RULE } from '../../dictionary/dictionary-type';
import { IsId } from '../../../common/validation/is-id';
import { Normalized } from '../../../common/validation/normalized';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { COACH_KINDS, type CoachKind } from '../coach-kind';

/** Most courses one coach is qualified for: a company runs about a dozen. */
export const MAX_COACH_COURSES = 50;

/**
 * A new coach or assistant (§5): either `customerId` (an internal one, a former student whose
 * name and phone come from the customer record) or `name` and `mobile` (an external one).
 */
export class CreateCoachDto {
  /** internal: the customer record of the former student */
  @Nullable()
  @IsId()
  customerId?: number | null;

  /** external only */
  @Nullable()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name?: string | null;

  /** external only: an 11-digit mainland mobile */
  @Nullable()
  @Normalized()
  @Matches(/^1\d{10}$/, { message: 'validation.rules.mobile' })
  mobile?: string | null;

  /** external only */
  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(100)
  organisation?: string | null;

  /** what they can serve as: assistant, coach, forward_assistant, interview_coach, guest_speaker */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(COACH_KINDS.length)
  @ArrayUnique()
  @IsIn(COACH_KINDS, { each: true })
  kinds: CoachKind[];

  /** a `coach_level` dictionary code */
  @Matches(DICTIONARY_CODE_PATTERN, { message: DICTIONARY_CODE_RULE })
  levelCode: string;

  /** the courses they are qualified to serve */
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_COACH_COURSES)
  @ArrayUnique()
  @IsId({ each: true })
  courseIds?: number[];

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}
