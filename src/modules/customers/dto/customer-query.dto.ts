import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Trim } from '../../../common/validation/trim';
import { CUSTOMER_CATEGORIES, CUSTOMER_STAGES } from '../customer-category';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';

/** Search and filters of the customer list. */
export class CustomerQueryDto extends PageQueryDto {
  /** code, part of the name, pinyin or initials, or 4+ digits of a phone */
  @IsOptional() @Trim() @IsString() @MaxLength(50) q?: string;
  @IsOptional() @IsIn(CUSTOMER_CATEGORIES) category?: string;
  @IsOptional() @IsIn(CUSTOMER_STAGES) stage?: string;
  @IsOptional() @Matches(DICTIONARY_CODE_PATTERN) statusTag?: string;
  @IsOptional() @Matches(DICTIONARY_CODE_PATTERN) level?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) ownerId?: number;
  @IsOptional() @Matches(/^\d{2,12}$/) provinceCode?: string;
  @IsOptional() @Matches(/^\d{2,12}$/) cityCode?: string;
  @IsOptional() @Matches(DICTIONARY_CODE_PATTERN) source?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) introducerId?: number;
  /** ISO date or date-time, inclusive */
  @IsOptional() @IsDateString({ strict: true }) createdFrom?: string;
  /** ISO date or date-time, exclusive */
  @IsOptional() @IsDateString({ strict: true }) createdTo?: string;
  /** managers only: list the deleted ones instead */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  deleted?: boolean;
}
