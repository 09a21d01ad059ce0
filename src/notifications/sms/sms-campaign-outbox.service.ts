import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { SMS_STATUSES, SmsMessage, type SmsStatus } from './entities/sms-message.entity';

/** How many of a group SMS's messages are in each outbox status. */
export type CampaignMessageCounts = Record<SmsStatus, number>;

/**
 * What the outbox tells and does for a group SMS as a whole: its messages counted by status
 * (one grouped query on the campaign's index), and cancelling those not sent yet.
 */
@Injectable()
export class SmsCampaignOutbox {
  constructor(
    @InjectRepository(SmsMessage) private readonly messages: Repository<SmsMessage>,
    private readonly clock: Clock,
  ) {}

  async counts(campaignId: number): Promise<CampaignMessageCounts> {
    const rows = await this.messages
      .createQueryBuilder('m')
      .select('m.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('m.campaignId = :campaignId', { campaignId })
      .groupBy('m.status')
      .getRawMany<{ status: SmsStatus; count: string | number }>();
    const counts = Object.fromEntries(SMS_STATUSES.map((s) => [s, 0])) as CampaignMessageCounts;
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  /** Cancels the campaign's messages still waiting in the queue; returns how many. */
  async cancelQueued(campaignId: number, manager: EntityManager): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(SmsMessage)
      .set({
        status: 'cancelled',
        lastError: 'cancelled: the group SMS was cancelled',
        updatedAt: this.clock.now(),
      })
      .where("campaign_id = :campaignId AND status = 'queued'", { campaignId })
      .execute();
    return result.affected ?? 0;
  }
}
