import { IsDateString, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { NextPlanDto } from './next-plan.dto';
import { NestedObject } from '../../../common/validation/nested-object';
import { OptionalField } from '../../../common/validation/optional-field';

/** What a contact record says, whether written directly or by completing a plan. */
export class InteractionFieldsDto {
  /** interaction_channel code: phone, visit, wechat, sms, email, other */
  @Matches(DICTIONARY_CODE_PATTERN, { message: 'validation.rules.channel' })
  channel: string;

  /** what was said */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  content: string;

  /** what came of it; required by some types */
  @OptionalField()
  @Trim()
  @IsString()
  @MaxLength(2000)
  outcome?: string;

  /** when it took place; now when left out. Not in the future. */
  @OptionalField()
  @IsDateString({ strict: true })
  occurredAt?: string;

  /** a customer_status code: the record moves the customer to it */
  @OptionalField()
  @Matches(DICTIONARY_CODE_PATTERN, { message: 'validation.rules.statusTag' })
  statusTag?: string;

  /** the next contact, planned in the same step */
  @OptionalField()
  @NestedObject(() => NextPlanDto)
  nextPlan?: NextPlanDto;
}
