import { IsDateString, IsString, Matches, MaxLength } from 'class-validator';
import { IsFen } from '../../../common/money/is-fen';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';

/** A payment received (回款登记): how much, how, and when. */
export class PaymentDto {
  /** in fen, at least 1 (¥0.01); not more than the receivable still owes */
  @IsFen({ min: 1 })
  amountFen: number;

  /** a `payment_method` dictionary code */
  @IsString()
  @Matches(DICTIONARY_CODE_PATTERN)
  methodCode: string;

  /** when the money was received (ISO 8601); now when left out. Not in the future. */
  @OptionalField()
  @IsDateString({ strict: true })
  paidAt?: string;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(200)
  note?: string | null;
}
