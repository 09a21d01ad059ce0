import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { QuietHours } from '../../notifications/sms/quiet-hours';
import { SmsCampaignOutbox } from '../../notifications/sms/sms-campaign-outbox.service';
import { SmsOutboxService } from '../../notifications/sms/sms-outbox.service';
import { CampaignAudience } from './campaign-audience';
import { campaignKey, sortRecipients } from './campaign-recipients';
import { CampaignTexts } from './campaign-texts';
import { SmsCampaign } from './entities/sms-campaign.entity';

/** Another runner queued this batch first (or the campaign was cancelled): read on from there. */
class Overtaken extends Error {}

/**
 * The queuing of started campaigns: the audience a keyset page at a time, each page's texts
 * put into the outbox in one transaction with the campaign's cursor and counts, so that a run
 * that stops halfway resumes where it stopped. Each customer's message has the dedupe key
 * `sms-campaign:<campaign>:<customer>`: started twice, run by two replicas, nobody gets it twice.
 * Queued during the quiet hours, messages wait for their end.
 */
@Injectable()
export class SmsCampaignQueuer {
  constructor(
    @InjectRepository(SmsCampaign) private readonly campaigns: Repository<SmsCampaign>,
    private readonly audience: CampaignAudience,
    private readonly texts: CampaignTexts,
    private readonly outbox: SmsOutboxService,
    private readonly campaignOutbox: SmsCampaignOutbox,
    private readonly quietHours: QuietHours,
    private readonly clock: Clock,
  ) {}

  async run(now: Date): Promise<Record<string, number>> {
    const counts = { campaigns: 0, queued: 0, skipped: 0, done: 0 };
    // Campaigns started while this runs are found by the next read.
    for (let lastId = 0; ;) {
      const campaign = await this.campaigns.findOne({
        where: { status: 'queuing', id: MoreThan(lastId) },
        order: { id: 'ASC' },
      });
      if (!campaign) break;
      lastId = campaign.id;
      const { queued, skipped } = await this.queueAll(campaign);
      counts.campaigns += 1;
      counts.queued += queued;
      counts.skipped += skipped;
    }
    counts.done = await this.finishSent(now);
    return counts;
  }

  private async queueAll(start: SmsCampaign): Promise<{ queued: number; skipped: number }> {
    let campaign = start;
    let queued = 0;
    let skipped = 0;
    for (;;) {
      const page = await this.audience.page(campaign, campaign.lastCustomerId);
      const sorted = sortRecipients(page.recipients);
      const sendAfter = this.quietHours.nextAllowed(this.clock.now());
      const messages = sorted.eligible.map((recipient) => {
        const text = this.texts.render(campaign, recipient.name);
        return {
          purpose: 'sms-campaign',
          recipient: { kind: 'customer' as const, customerId: recipient.id },
          phone: recipient.mobile,
          body: text.body,
          template: text.template,
          sendAfter,
          dedupeKey: campaignKey(campaign.id, recipient.id),
          campaignId: campaign.id,
        };
      });
      try {
        const added = await this.campaigns.manager.transaction(async (m) => {
          const count = await this.outbox.queueMany(messages, m);
          const already = messages.length - count;
          const result = await m
            .createQueryBuilder()
            .update(SmsCampaign)
            .set({
              lastCustomerId: page.last,
              queuedCount: () => `queued_count + ${count}`,
              skippedNoMobile: () => `skipped_no_mobile + ${sorted.skipped.noMobile}`,
              skippedOptedOut: () => `skipped_opted_out + ${sorted.skipped.optedOut}`,
              skippedErased: () => `skipped_erased + ${sorted.skipped.erased}`,
              skippedAlreadySent: () => `skipped_already_sent + ${already}`,
              ...(page.more ? {} : { status: 'sending', queuedAt: this.clock.now() }),
              updatedAt: this.clock.now(),
            })
            .where({ id: campaign.id, status: 'queuing', lastCustomerId: campaign.lastCustomerId })
            .execute();
          if (result.affected !== 1) throw new Overtaken();
          return count;
        });
        queued += added;
        skipped += page.recipients.length - added;
      } catch (error) {
        if (!(error instanceof Overtaken) && !(await this.movedOn(campaign))) throw error;
      }
      const next = await this.campaigns.findOneBy({ id: campaign.id });
      if (!next || next.status !== 'queuing') return { queued, skipped };
      campaign = next;
    }
  }

  /** Whether another runner moved the campaign's cursor or status (its twin INSERT failed ours). */
  private async movedOn(campaign: SmsCampaign): Promise<boolean> {
    const now = await this.campaigns.findOneBy({ id: campaign.id });
    return !now || now.status !== 'queuing' || now.lastCustomerId !== campaign.lastCustomerId;
  }

  /** Campaigns all queued whose messages have all left the queue (sent, failed or cancelled). */
  private async finishSent(now: Date): Promise<number> {
    let done = 0;
    const sending = await this.campaigns.find({
      select: { id: true },
      where: { status: 'sending' },
      order: { id: 'ASC' },
      take: 100,
    });
    for (const { id } of sending) {
      const counts = await this.campaignOutbox.counts(id);
      if (counts.queued + counts.sending > 0) continue;
      const result = await this.campaigns
        .createQueryBuilder()
        .update(SmsCampaign)
        .set({ status: 'done', doneAt: now, updatedAt: now })
        .where({ id, status: 'sending' })
        .execute();
      done += result.affected ?? 0;
    }
    return done;
  }
}
