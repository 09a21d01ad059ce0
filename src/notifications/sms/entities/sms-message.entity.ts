import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';

export const SMS_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type SmsStatus = (typeof SMS_STATUSES)[number];

export type SmsRecipientKind = 'user' | 'customer';

/**
 * One text message in the outbox (DESIGN.md §8): queued by a module, sent by the
 * `sms-dispatch` job through the configured provider, retried with backoff.
 */
@Entity('sms_message')
@Index(['status', 'nextAttemptAt'])
@Index(['customerId'])
@Index(['createdAt', 'id'])
// A group SMS's progress (counts by status) and its cancel read one campaign's messages.
@Index(['campaignId', 'status'])
// A filtered unique index, not a unique constraint: SQL Server's would admit a single NULL.
@Index(['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
export class SmsMessage {
  @PrimaryGeneratedColumn() id: number;
  /** why it is sent: plan-reminder, care, alert, … */
  @Col.string(32) purpose: string;
  @Col.string(16) recipientKind: SmsRecipientKind;
  @Col.int({ nullable: true }) userId: number | null;
  @Col.int({ nullable: true }) customerId: number | null;
  /** the number it goes to; blanked when the customer is erased */
  @Col.string(20) phone: string;
  @Col.text() body: string;
  /**
   * The gateway template it goes out as, most specific first (`care:holiday:mid-autumn`,
   * `group:12`): a gateway that sends template codes (Aliyun) looks the key up, then its
   * shorter prefixes. Null for a message written as free text.
   */
  @Col.string(64, { nullable: true }) template: string | null;
  /** the template's values by placeholder; blanked when the customer is erased */
  @Col.json({ nullable: true }) templateParams: Record<string, string> | null;
  /** the sender's key for "this message once", e.g. `care:birthday:42:2026` */
  @Col.string(128, { nullable: true }) dedupeKey: string | null;
  @Col.string(16) status: SmsStatus;
  /**
   * the group SMS (marketing) it belongs to; such messages keep to the quiet hours. Null for
   * the system's own (reminders, care, alerts)
   */
  @Col.int({ nullable: true }) campaignId: number | null;
  /** tries made so far */
  @Col.int({ default: 0 }) attempts: number;
  /** why the last try failed, in words (phone numbers masked) */
  @Col.string(500, { nullable: true }) lastError: string | null;
  /** not before this instant (e.g. a reminder for the morning) */
  @Col.datetime() sendAfter: Date;
  /** when the dispatcher may take it next */
  @Col.datetime() nextAttemptAt: Date;
  @Col.datetime({ nullable: true }) sentAt: Date | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
}
