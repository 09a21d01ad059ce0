import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Trim } from '../../../common/validation/trim';
import { CUSTOMER_CATEGORIES, CUSTOMER_STAGES } from '../customer-category';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { IsId } from '../../../common/validation/is-id';
import { OptionalField } from '../../../common/validation/optional-field';
import { Normalized } from '../../../common/validation/normalized';

/** Search and filters of the customer list. */
export class CustomerQueryDto extends PageQueryDto {
  /** code, part of the name, pinyin or initials, or 4+ digits of a phone */
  @OptionalField() @Trim() @Normalized('numeric') @IsString() @MaxLength(50) q?: string;
  @OptionalField() @IsIn(CUSTOMER_CATEGORIES) category?: string;
  @OptionalField() @IsIn(CUSTOMER_STAGES) stage?: string;
  @OptionalField() @Matches(DICTIONARY_CODE_PATTERN) statusTag?: string;
  @OptionalField() @Matches(DICTIONARY_CODE_PATTERN) level?: string;
  @OptionalField() @Type(() => Number) @IsId() ownerId?: number;
  @OptionalField() @Normalized() @Matches(/^\d{2,12}$/) provinceCode?: string;
  @OptionalField() @Normalized() @Matches(/^\d{2,12}$/) cityCode?: string;
  @OptionalField() @Matches(DICTIONARY_CODE_PATTERN) source?: string;
  @OptionalField() @Type(() => Number) @IsId() introducerId?: number;
  /** ISO date or date-time, inclusive */
  @OptionalField() @IsDateString({ strict: true }) createdFrom?: string;
  /** ISO date or date-time, exclusive */
  @OptionalField() @IsDateString({ strict: true }) createdTo?: string;
  /** true: only customers marked 金牌 IMO */
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  goldImo?: boolean;
  /** managers only: list the deleted ones instead */
  @OptionalField()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  deleted?: boolean;
}
