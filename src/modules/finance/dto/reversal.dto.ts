import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

/** Why a payment is reversed: required, it is what an auditor reads. */
export class ReversalDto {
  @Trim()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  reason: string;
}
