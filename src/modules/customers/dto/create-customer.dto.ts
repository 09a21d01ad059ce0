import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import {
  CUSTOMER_CATEGORIES,
  CUSTOMER_STAGES,
  GENDERS,
  type CustomerCategory,
  type CustomerStage,
  type Gender,
} from '../customer-category';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { CareDto } from './care.dto';

const CODE = DICTIONARY_CODE_PATTERN;
const codeMessage = (field: string) => ({ message: `${field} must be a dictionary code (GET /api/dictionary/...)` });

/** A new customer: name and mobile are required; an update takes any of these (PartialType). */
export class CreateCustomerDto {
  @Trim() @IsString() @Length(1, 50) name: string;
  @IsOptional() @IsIn(GENDERS) gender?: Gender;
  /** `YYYY-MM-DD` */
  @IsOptional() @IsDateString({ strict: true }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthday must be YYYY-MM-DD' })
  birthday?: string | null;
  /** mainland mobile; spaces, dashes and +86 are accepted and removed */
  @IsString() @MaxLength(20) mobile: string;
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @MaxLength(24, { each: true })
  otherPhones?: string[];
  @IsOptional() @Trim() @IsString() @MaxLength(64) wechat?: string | null;
  @IsOptional() @Trim() @IsEmail() @MaxLength(254) email?: string | null;
  /** code of China's divisions (GET /api/regions) */
  @IsOptional() @Matches(/^\d{2,12}$/, { message: 'provinceCode must be a region code' }) provinceCode?: string | null;
  @IsOptional() @Matches(/^\d{2,12}$/, { message: 'cityCode must be a region code' }) cityCode?: string | null;
  @IsOptional() @Trim() @IsString() @MaxLength(100) company?: string | null;
  @IsOptional() @Matches(CODE, codeMessage('industry')) industry?: string | null;
  @IsOptional() @Matches(CODE, codeMessage('position')) position?: string | null;
  @IsOptional() @Matches(CODE, codeMessage('companySize')) companySize?: string | null;
  @IsOptional() @Matches(CODE, codeMessage('education')) education?: string | null;
  @IsOptional() @Trim() @IsString() @MaxLength(200) jobSituation?: string | null;
  @IsOptional() @IsIn(CUSTOMER_CATEGORIES) category?: CustomerCategory;
  @IsOptional() @IsIn(CUSTOMER_STAGES) stage?: CustomerStage;
  /** customer_level code of the dictionary: A, B, C by default */
  @IsOptional() @Matches(CODE, codeMessage('level')) level?: string | null;
  @IsOptional() @Matches(CODE, codeMessage('source')) source?: string | null;
  /** customer_status code of the dictionary */
  @IsOptional() @Matches(CODE, codeMessage('statusTag')) statusTag?: string | null;
  /** the staff member who follows this customer up; the creator when omitted */
  @IsOptional() @IsInt() @Min(1) ownerId?: number;
  /** the customer who introduced this one (IMO) */
  @IsOptional() @IsInt() @Min(1) introducerId?: number | null;
  @IsOptional() @ValidateNested() @Type(() => CareDto) care?: CareDto;
  @IsOptional() @Trim() @IsString() @MaxLength(2000) notes?: string | null;
}
