import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import type { PhoneDigits } from '../../customers/customer-search-terms';
import type { SmsTemplateKind } from '../../../notifications/sms/templates/sms-template-kinds';
import type { CampaignFilter } from '../campaign-filter';
import type { SmsCampaignAudience, SmsCampaignStatus } from '../sms-campaign-status';

/**
 * A group SMS (§1.2 j 客户群发短信): one template's text to a set of customers, chosen by the
 * customer list's filters (as its creator's list shows them) or a class's roster; queued into
 * the SMS outbox in keyset batches by the `sms-campaign-queue` job.
 */
@Entity('sms_campaign')
@Index(['createdAt', 'id'])
@Index(['createdById', 'createdAt'])
@Index(['status', 'id'])
export class SmsCampaign {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(100) name: string;
  @Col.int() templateId: number;
  @Col.string(24) templateKind: SmsTemplateKind;
  /** the template's text when the campaign was made: what was previewed is what is sent */
  @Col.text() body: string;
  /** the values of its placeholders other than the recipient's name (course, startDate, …) */
  @Col.json({ nullable: true }) templateValues: Record<string, string> | null;
  @Col.string(16) audience: SmsCampaignAudience;
  /** the customer list's filters (audience `customers`) */
  @Col.json({ nullable: true }) filter: CampaignFilter | null;
  /** which phone digits the creator's search may match (their list's rule, kept with it) */
  @Col.string(8, { nullable: true }) phoneDigits: PhoneDigits | null;
  /** the class whose roster it goes to (audience `class`) */
  @Col.int({ nullable: true }) classId: number | null;
  @Col.string(24) status: SmsCampaignStatus;
  /** recipients it would reach when it was made (the approval limit compares this) */
  @Col.int({ default: 0 }) recipientCount: number;
  /** the last customer id the queuing has passed (keyset) */
  @Col.int({ default: 0 }) lastCustomerId: number;
  @Col.int({ default: 0 }) queuedCount: number;
  @Col.int({ default: 0 }) skippedNoMobile: number;
  @Col.int({ default: 0 }) skippedOptedOut: number;
  @Col.int({ default: 0 }) skippedErased: number;
  @Col.int({ default: 0 }) skippedAlreadySent: number;
  @Col.int() createdById: number;
  @Col.int({ nullable: true }) decidedById: number | null;
  @Col.datetime({ nullable: true }) decidedAt: Date | null;
  /** why a manager rejected it */
  @Col.string(200, { nullable: true }) rejectReason: string | null;
  @Col.int({ nullable: true }) startedById: number | null;
  @Col.datetime({ nullable: true }) startedAt: Date | null;
  /** every recipient queued */
  @Col.datetime({ nullable: true }) queuedAt: Date | null;
  /** nothing left to send */
  @Col.datetime({ nullable: true }) doneAt: Date | null;
  @Col.int({ nullable: true }) cancelledById: number | null;
  @Col.datetime({ nullable: true }) cancelledAt: Date | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
