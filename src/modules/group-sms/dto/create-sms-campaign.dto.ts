import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsId } from '../../../common/validation/is-id';
import { NestedObject } from '../../../common/validation/nested-object';
import { OptionalField } from '../../../common/validation/optional-field';
import { Trim } from '../../../common/validation/trim';
import { ApiExample } from '../../../openapi/api-example.decorator';
import { SMS_CAMPAIGN_AUDIENCES, type SmsCampaignAudience } from '../sms-campaign-status';
import { CampaignFilterDto } from './campaign-filter.dto';
import { SmsTemplateValuesDto } from '../../../notifications/sms/templates/dto/sms-template-values.dto';

/**
 * A new group SMS: a template and its recipients, either `audience: customers` with the
 * customer list's `filter` (as the list shows them to you) or `audience: class` with `classId`
 * (the class's roster). It starts as a draft: preview it, then start it.
 */
@ApiExample({
  name: '五一课程优惠通知',
  templateId: 1,
  values: { course: 'TR1 领袖素质管理', startDate: '5月10日' },
  audience: 'customers',
  filter: { level: 'A', category: 'prospect' },
})
export class CreateSmsCampaignDto {
  @Trim() @IsString() @MinLength(1) @MaxLength(100) name: string;

  /** an active SMS template (§9.4) of kind group or notice */
  @IsId() templateId: number;

  /** the template's placeholders other than {name}, which each recipient's own name fills */
  @OptionalField() @NestedObject(() => SmsTemplateValuesDto) values?: SmsTemplateValuesDto;

  /** customers: by the list's filters; class: a class's roster */
  @IsIn(SMS_CAMPAIGN_AUDIENCES) audience: SmsCampaignAudience;

  /** audience customers: the customer list's filters (none: every live customer) */
  @OptionalField() @NestedObject(() => CampaignFilterDto) filter?: CampaignFilterDto;

  /** audience class: the class */
  @OptionalField() @IsId() classId?: number;
}
