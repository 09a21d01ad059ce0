import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';
import { Customer } from '../../customers/entities/customer.entity';
import type { CareOccasion } from '../care-occasions';
import { CareTemplate } from './care-template.entity';

/**
 * One care greeting queued for one person, occasion and year: the unique key is what makes
 * it "never twice", together with the SMS outbox's dedupe key.
 *
 * PIPL: the text and the number are in the SMS outbox, which cancels and blanks them when
 * the customer is erased (SmsOutboxService.eraseCustomer). The keys carry ids, kinds and
 * dates only; the anniversary's name may say something about the person, so it has a column
 * of its own, and an erasure deletes these rows (CareErasure).
 */
@Entity('care_message')
@Unique(['customerId', 'occasionKey', 'year'])
@Index(['occasionDate', 'id'])
export class CareMessage {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() customerId: number;
  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.string(16) occasion: CareOccasion;
  /** `birthday`, `anniversary:<MM-DD>` or `holiday:<code>`: no personal text */
  @Col.string(64) occasionKey: string;
  /** the anniversary's name as greeted (anniversaries only) */
  @Col.string(64, { nullable: true }) anniversaryName: string | null;
  /** the year of the occasion's date */
  @Col.int() year: number;
  /** `YYYY-MM-DD` */
  @Col.date() occasionDate: string;
  @Col.int() templateId: number;
  @ManyToOne(() => CareTemplate)
  @JoinColumn({ name: 'template_id' })
  template?: CareTemplate;
  /** the outbox message's dedupe key, `care:<customerId>:<occasionKey>:<year>` */
  @Col.string(128) smsKey: string;
  @Col.createdAt() createdAt: Date;
}
