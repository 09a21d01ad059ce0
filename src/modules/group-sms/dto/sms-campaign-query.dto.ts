import { IsIn } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { OptionalField } from '../../../common/validation/optional-field';
import { SMS_CAMPAIGN_STATUSES, type SmsCampaignStatus } from '../sms-campaign-status';

/** `GET /api/sms-campaigns`: newest first, by status. */
export class SmsCampaignQueryDto extends PageQueryDto {
  @OptionalField() @IsIn(SMS_CAMPAIGN_STATUSES) status?: SmsCampaignStatus;
}
