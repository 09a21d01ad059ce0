import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { UserAccount } from '../../../users/entities/user-account.entity';
import { Customer } from '../../customers/entities/customer.entity';
import { InteractionType } from './interaction-type.entity';

/**
 * 交往记录: one contact that took place (§4.2.1, 003 table 2), shared with all staff. Locked
 * 24 hours after it was written, except for managers.
 */
@Entity('interaction')
@Index(['customerId', 'occurredAt'])
// Serves a person's records by time, and covers the work results' count per type.
@Index(['staffId', 'occurredAt', 'id', 'typeId'])
@Index(['occurredAt', 'id'])
// The dashboard's time between contacts: a period's records by customer, from the index alone;
// with the staff member and type, it covers a person's count by type as well (work results).
// Named: the default name sorts the columns.
@Index('idx_interaction_occurred_customer', ['occurredAt', 'customerId', 'staffId', 'typeId'])
export class Interaction {
  @PrimaryGeneratedColumn() id: number;
  /** `G` + business date + sequence */
  @Col.string(20, { unique: true }) code: string;
  @Col.int() customerId: number;
  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.int() typeId: number;
  @ManyToOne(() => InteractionType)
  @JoinColumn({ name: 'type_id' })
  type?: InteractionType;
  /** interaction_channel code of the dictionary */
  @Col.string(32) channel: string;
  @Col.datetime() occurredAt: Date;
  @Col.text() content: string;
  @Col.text({ nullable: true }) outcome: string | null;
  /** the staff member who had the contact */
  @Col.int() staffId: number;
  @ManyToOne(() => UserAccount)
  @JoinColumn({ name: 'staff_id' })
  staff?: UserAccount;
  /** the plan whose completion this is */
  @Col.int({ nullable: true }) planId: number | null;
  /** the status tag the record gave the customer, if it changed it */
  @Col.string(32, { nullable: true }) statusTag: string | null;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
