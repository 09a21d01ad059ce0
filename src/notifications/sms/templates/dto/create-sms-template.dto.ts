import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalField } from '../../../../common/validation/optional-field';
import { Trim } from '../../../../common/validation/trim';
import {
  SMS_TEMPLATE_KIND_NAMES,
  SMS_TEMPLATE_MAX_LENGTH,
  type SmsTemplateKind,
} from '../sms-template-kinds';

export class CreateSmsTemplateDto {
  /** notice 通知, class-reminder 开课提醒, payment-reminder 缴费提醒, group 群发/营销 */
  @IsIn(SMS_TEMPLATE_KIND_NAMES)
  kind: SmsTemplateKind;

  /** what it is picked by, unique */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  name: string;

  /** at most 500 characters; the placeholders its kind allows, e.g. {name}, {course}, {startDate} */
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(SMS_TEMPLATE_MAX_LENGTH)
  body: string;

  @OptionalField()
  @IsBoolean()
  active?: boolean;
}
