import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsEmail,
  IsIn,
  IsString,
  Length,
  Matches,
  MaxLength,
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
import { IsId } from '../../../common/validation/is-id';
import { NestedObject } from '../../../common/validation/nested-object';
import { Nullable } from '../../../common/validation/nullable';
import { OptionalField } from '../../../common/validation/optional-field';
import { Normalized } from '../../../common/validation/normalized';
import { ApiExample } from '../../../openapi/api-example.decorator';

const CODE = DICTIONARY_CODE_PATTERN;
/** A catalogue key: the rule's message in the reader's language (validationDetails). */
const CODE_RULE = { message: 'validation.rules.dictionaryCode' };

/** A new customer: name and mobile are required; an update takes any of these (PartialType). */
@ApiExample({
  name: '王芳',
  gender: 'female',
  birthday: '1988-05-17',
  mobile: '13812345678',
  wechat: 'wangfang_88',
  provinceCode: '31',
  cityCode: '310104',
  company: '上海明德教育科技有限公司',
  education: 'bachelor',
  category: 'prospect',
  level: 'A',
  source: 'referral',
  introducerId: 12,
  care: { anniversaries: [{ name: '结婚纪念日', date: '10-01' }], smsOptOut: false },
  notes: '朋友介绍，周末有空',
})
export class CreateCustomerDto {
  @Trim() @IsString() @Length(1, 50) name: string;
  @OptionalField() @IsIn(GENDERS) gender?: Gender;
  /** `YYYY-MM-DD` */
  @Nullable()
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.rules.date' })
  birthday?: string | null;
  /** mainland mobile; spaces, dashes and +86 are accepted and removed */
  @Normalized() @IsString() @MaxLength(20) mobile: string;
  @OptionalField()
  @Normalized()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(24, { each: true })
  otherPhones?: string[];
  @Nullable() @Trim() @IsString() @MaxLength(64) wechat?: string | null;
  @Nullable() @Trim() @IsEmail() @MaxLength(254) email?: string | null;
  /** code of China's divisions (GET /api/regions) */
  @Nullable()
  @Normalized()
  @Matches(/^\d{2,12}$/, { message: 'validation.rules.regionCode' })
  provinceCode?: string | null;
  @Nullable()
  @Normalized()
  @Matches(/^\d{2,12}$/, { message: 'validation.rules.regionCode' })
  cityCode?: string | null;
  @Nullable() @Trim() @IsString() @MaxLength(100) company?: string | null;
  @Nullable() @Matches(CODE, CODE_RULE) industry?: string | null;
  @Nullable() @Matches(CODE, CODE_RULE) position?: string | null;
  @Nullable() @Matches(CODE, CODE_RULE) companySize?: string | null;
  @Nullable() @Matches(CODE, CODE_RULE) education?: string | null;
  @Nullable() @Trim() @IsString() @MaxLength(200) jobSituation?: string | null;
  @OptionalField() @IsIn(CUSTOMER_CATEGORIES) category?: CustomerCategory;
  @OptionalField() @IsIn(CUSTOMER_STAGES) stage?: CustomerStage;
  /** customer_level code of the dictionary: A, B, C by default */
  @Nullable() @Matches(CODE, CODE_RULE) level?: string | null;
  @Nullable() @Matches(CODE, CODE_RULE) source?: string | null;
  /** customer_status code of the dictionary */
  @Nullable() @Matches(CODE, CODE_RULE) statusTag?: string | null;
  /** the staff member who follows this customer up; the creator when omitted */
  @OptionalField() @IsId() ownerId?: number;
  /** the customer who introduced this one (IMO) */
  @Nullable() @IsId() introducerId?: number | null;
  @OptionalField() @NestedObject(() => CareDto) care?: CareDto;
  @Nullable() @Trim() @IsString() @MaxLength(2000) notes?: string | null;
}
