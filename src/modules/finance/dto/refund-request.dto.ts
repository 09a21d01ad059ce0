import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsFen } from '../../../common/money/is-fen';
import { Trim } from '../../../common/validation/trim';
import { FILE_ID } from '../../../files/stored-file';

/** A written refund request: how much, why, and the uploaded scan or PDF of the request. */
export class RefundRequestDto {
  /** in fen, at least 1; not more than was paid and not refunded yet */
  @IsFen({ min: 1 })
  amountFen: number;

  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason: string;

  /** the id POST /api/refunds/documents answered with */
  @IsString()
  @Matches(FILE_ID)
  documentId: string;
}
