import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsString,
  MaxLength,
} from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';

/** Move all, or the listed, customers of one owner to another (staff leaving). */
export class TransferCustomersDto {
  @IsId() fromOwnerId: number;
  @IsId() toOwnerId: number;
  /** omit to move every customer of fromOwnerId */
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsId({ each: true })
  customerIds?: number[];
  @OptionalField() @Trim() @IsString() @MaxLength(200) note?: string;
}
