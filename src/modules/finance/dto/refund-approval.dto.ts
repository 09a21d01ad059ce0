import { IsString, Matches, MaxLength } from 'class-validator';
import { Nullable } from '../../../common/validation/nullable';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';

/** Approving a refund pays it out: how the money goes back. */
export class RefundApprovalDto {
  /** a `payment_method` dictionary code */
  @IsString()
  @Matches(DICTIONARY_CODE_PATTERN)
  methodCode: string;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}
