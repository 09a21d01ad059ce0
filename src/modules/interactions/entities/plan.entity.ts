import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { UserAccount } from '../../../users/entities/user-account.entity';
import { Customer } from '../../customers/entities/customer.entity';
import { InteractionType } from './interaction-type.entity';
import type { PlanOrigin, PlanStatus } from '../plan-status';

/**
 * 交往筹划: a contact planned for a due time (§4.1). The owner planned it, the assignee does
 * it; a delegation (§4.1.3) changes the assignee and keeps the owner, who gets the result.
 */
@Entity('interaction_plan')
// The to-do's buckets in their order (`due_at`, `id`), counted from the index alone; the
// delegated bucket also asks for the assignee.
@Index(['assigneeId', 'status', 'dueAt', 'id'])
@Index(['ownerId', 'status', 'dueAt', 'id', 'assigneeId'])
@Index(['customerId', 'status', 'dueAt'])
@Index(['status', 'dueAt'])
// The plans list's default order, for those who see everyone's plans.
@Index(['dueAt', 'id'])
// Covers the work results' count of completed plans per type, for one person and period.
@Index(['completedById', 'status', 'completedAt', 'typeId'])
export class Plan {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() customerId: number;
  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.int() typeId: number;
  @ManyToOne(() => InteractionType)
  @JoinColumn({ name: 'type_id' })
  type?: InteractionType;
  @Col.text() content: string;
  @Col.datetime() dueAt: Date;
  /** who planned it, and who is told the result of a delegated plan */
  @Col.int() ownerId: number;
  @ManyToOne(() => UserAccount)
  @JoinColumn({ name: 'owner_id' })
  owner?: UserAccount;
  /** who does it */
  @Col.int() assigneeId: number;
  @ManyToOne(() => UserAccount)
  @JoinColumn({ name: 'assignee_id' })
  assignee?: UserAccount;
  @Col.bool({ default: false }) remindBySms: boolean;
  @Col.string(12, { default: 'open' }) status: PlanStatus;
  /** manual, a follow-up cycle, or scheduled by a record */
  @Col.string(12, { default: 'manual' }) origin: PlanOrigin;
  @Col.datetime({ nullable: true }) delegatedAt: Date | null;
  @Col.string(500, { nullable: true }) delegationNote: string | null;
  /** when the assignee was reminded that it falls due */
  @Col.datetime({ nullable: true }) remindedAt: Date | null;
  @Col.datetime({ nullable: true }) completedAt: Date | null;
  @Col.int({ nullable: true }) completedById: number | null;
  /** the record its completion created */
  @Col.int({ nullable: true }) recordId: number | null;
  @Col.datetime({ nullable: true }) cancelledAt: Date | null;
  @Col.string(200, { nullable: true }) cancelReason: string | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
