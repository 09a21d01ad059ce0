import { Injectable } from '@nestjs/common';
import { maskPhone } from '../../common/phone/mobile-number';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { CampaignAudience } from './campaign-audience';
import { campaignKey, sortRecipients } from './campaign-recipients';
import { CampaignTexts } from './campaign-texts';
import type { SmsCampaign } from './entities/sms-campaign.entity';
import type { CampaignSampleView } from './sms-campaign-preview.view';
import type { CampaignSkippedView } from './sms-campaign.view';

/** Who a campaign would reach now, counted a keyset page at a time. */
export interface CampaignTally {
  matched: number;
  recipients: number;
  skipped: CampaignSkippedView;
  sample: CampaignSampleView | null;
}

type TalliedCampaign = Pick<
  SmsCampaign,
  'audience' | 'filter' | 'phoneDigits' | 'classId' | 'templateId' | 'templateKind' | 'body'
> &
  Partial<Pick<SmsCampaign, 'id' | 'templateValues'>>;

/**
 * Counts a campaign's audience the way the queuing will treat it, without writing: reads it a
 * keyset page at a time (never the whole set at once), and for a saved campaign asks the
 * outbox which recipients it has texted already.
 */
@Injectable()
export class CampaignTallies {
  constructor(
    private readonly audience: CampaignAudience,
    private readonly outbox: SmsOutboxService,
    private readonly texts: CampaignTexts,
  ) {}

  async tally(campaign: TalliedCampaign): Promise<CampaignTally> {
    const result: CampaignTally = {
      matched: 0,
      recipients: 0,
      skipped: { noMobile: 0, optedOut: 0, erased: 0, alreadySent: 0 },
      sample: null,
    };
    for (let after = 0; ;) {
      const page = await this.audience.page(campaign, after);
      const { eligible, skipped } = sortRecipients(page.recipients);
      result.matched += page.recipients.length;
      result.skipped.noMobile += skipped.noMobile;
      result.skipped.optedOut += skipped.optedOut;
      result.skipped.erased += skipped.erased;
      const id = campaign.id;
      const sent = id
        ? await this.outbox.existingKeys(eligible.map((r) => campaignKey(id, r.id)))
        : new Set<string>();
      for (const recipient of eligible) {
        if (id && sent.has(campaignKey(id, recipient.id))) {
          result.skipped.alreadySent += 1;
          continue;
        }
        result.recipients += 1;
        if (!result.sample) {
          const rendered = this.texts.render({ templateValues: null, ...campaign }, recipient.name);
          result.sample = {
            customerId: recipient.id,
            name: recipient.name,
            mobile: maskPhone(recipient.mobile),
            text: rendered.body,
            segments: rendered.segments,
          };
        }
      }
      if (!page.more) return result;
      after = page.last;
    }
  }
}
