import { IsString, Length } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

export class EraseCustomerDto {
  /** the request this erasure answers, for the record */
  @Trim() @IsString() @Length(5, 500) reason: string;
}
