import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

/** Move all, or the listed, customers of one owner to another (staff leaving). */
export class TransferCustomersDto {
  @IsInt() @Min(1) fromOwnerId: number;
  @IsInt() @Min(1) toOwnerId: number;
  /** omit to move every customer of fromOwnerId */
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5000) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true })
  customerIds?: number[];
  @IsOptional() @Trim() @IsString() @MaxLength(200) note?: string;
}
