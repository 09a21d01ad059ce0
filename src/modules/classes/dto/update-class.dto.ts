import { OmitType, PartialType } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsVersion } from '../../../common/validation/is-version';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { CreateClassDto } from './create-class.dto';

/**
 * Changes to a class at the version read; its course stays (a class of another course is
 * another class). Status moves through PUT /api/classes/:id/status.
 */
// skipNullProperties: false: null is checked by each field's rules rather than skipped.
export class UpdateClassDto extends PartialType(OmitType(CreateClassDto, ['courseId'] as const), {
  skipNullProperties: false,
}) {
  @IsVersion()
  version: number;

  /**
   * Managers only: move the dates although a coach of the class is busy in the new ones
   * (another class, a declared period), and why (audited). Without it such a move is refused.
   */
  @OptionalField()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  forceReason?: string;
}
