import { Injectable } from '@nestjs/common';
import { ClassRostersApi } from '../classes/class-rosters.api';
import type { CampaignRecipient } from '../customers/campaign-recipient';
import { CAMPAIGN_BATCH } from '../customers/customer-campaign-batch.query';
import { CustomerCampaignsApi } from '../customers/customer-campaigns.api';
import type { SmsCampaign } from './entities/sms-campaign.entity';

/** One keyset page of a campaign's audience. */
export interface AudiencePage {
  recipients: CampaignRecipient[];
  /** the customer id to read on after */
  last: number;
  /** whether another page may follow */
  more: boolean;
}

/**
 * Whom a campaign reaches, a keyset page of customer ids at a time: the customer list's
 * filters as its creator's list applies them, or a class's roster.
 */
@Injectable()
export class CampaignAudience {
  constructor(
    private readonly customers: CustomerCampaignsApi,
    private readonly rosters: ClassRostersApi,
  ) {}

  async page(
    campaign: Pick<SmsCampaign, 'audience' | 'filter' | 'phoneDigits' | 'classId'>,
    after: number,
  ): Promise<AudiencePage> {
    if (campaign.audience === 'class') {
      const ids = await this.rosters.customerIds(campaign.classId ?? 0, after, CAMPAIGN_BATCH);
      return {
        recipients: await this.customers.byIds(ids),
        last: ids.at(-1) ?? after,
        more: ids.length === CAMPAIGN_BATCH,
      };
    }
    const recipients = await this.customers.page(
      campaign.filter ?? {},
      campaign.phoneDigits ?? 'shown',
      after,
    );
    return {
      recipients,
      last: recipients.at(-1)?.id ?? after,
      more: recipients.length === CAMPAIGN_BATCH,
    };
  }
}
