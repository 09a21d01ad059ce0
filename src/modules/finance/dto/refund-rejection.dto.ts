import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

/** Why a refund request is refused: the requester reads it. */
export class RefundRejectionDto {
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason: string;
}
