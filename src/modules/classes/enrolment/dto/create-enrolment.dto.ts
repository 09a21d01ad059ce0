import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsFen } from '../../../../common/money/is-fen';
import { IsId } from '../../../../common/validation/is-id';
import { Nullable } from '../../../../common/validation/nullable';
import { OptionalField } from '../../../../common/validation/optional-field';
import { Trim } from '../../../../common/validation/trim';

/**
 * A customer enrolling in a class (报名): the fee is the course's; a discount is its own
 * line, with its reason.
 */
export class CreateEnrolmentDto {
  @IsId()
  customerId: number;

  /** in fen, off the course's fee; needs discountReason */
  @OptionalField()
  @IsFen()
  discountFen?: number;

  @Nullable()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  discountReason?: string | null;

  /** 代报名: the customer who filled the form in for the student (a parent, a colleague…) */
  @Nullable()
  @IsId()
  filledInByCustomerId?: number | null;

  /** 代报名: the staff member who filled the form in for the student */
  @Nullable()
  @IsId()
  filledInByUserId?: number | null;

  /** managers only: why the customer may skip the graduation of the stage before */
  @Nullable()
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  overrideReason?: string | null;
}
