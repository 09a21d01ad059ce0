import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { NextPlanDto } from './next-plan.dto';

/** What a contact record says, whether written directly or by completing a plan. */
export class RecordFieldsDto {
  /** interaction_channel code: phone, visit, wechat, sms, email, other */
  @Matches(DICTIONARY_CODE_PATTERN, { message: 'channel must be a channel code of the dictionary, e.g. phone' })
  channel: string;

  /** what was said */
  @Trim() @IsString() @MinLength(1) @MaxLength(4000)
  content: string;

  /** what came of it; required by some types */
  @IsOptional() @Trim() @IsString() @MaxLength(2000)
  outcome?: string;

  /** when it took place; now when left out. Not in the future. */
  @IsOptional() @IsDateString({ strict: true })
  occurredAt?: string;

  /** a customer_status code: the record moves the customer to it */
  @IsOptional() @Matches(DICTIONARY_CODE_PATTERN, { message: 'statusTag must be a customer status code of the dictionary' })
  statusTag?: string;

  /** the next contact, planned in the same step */
  @IsOptional() @ValidateNested() @Type(() => NextPlanDto)
  nextPlan?: NextPlanDto;
}
