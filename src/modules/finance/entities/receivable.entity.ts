import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { Enrolment } from '../../classes/entities/enrolment.entity';
import type { ReceivableStatus } from '../receivable-status';

/**
 * What an enrolment owes (应收): the amount due after discounts, and what was paid and
 * refunded, kept by guarded atomic updates in the transaction that adds the ledger row they
 * sum (so that they always equal the ledger). Class, course, customer and coordinator are
 * copied from the enrolment, for the lists' filters without a join into the classes module.
 */
@Entity('receivable')
@Index(['classId', 'id'])
@Index(['customerId', 'id'])
@Index(['coordinatorId', 'id'])
@Index(['status', 'id'])
// The overdue list: the most overdue first; and its totals, read from the index alone.
@Index(['nextDueDate', 'id'])
@Index('idx_receivable_overdue_sums', [
  'nextDueDate',
  'status',
  'dueFen',
  'paidFen',
  'refundedFen',
  'id',
])
// Staff performance: who saw receivables paid in full in a period (migration 1764786000000).
@Index(['paidInFullAt', 'coordinatorId'])
export class Receivable {
  @PrimaryGeneratedColumn() id: number;
  @Col.int({ unique: true }) enrolmentId: number;
  @ManyToOne(() => Enrolment)
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;
  @Col.int() classId: number;
  @Col.int() courseId: number;
  @Col.int() customerId: number;
  @Col.int() coordinatorId: number;
  /** the fee less discounts, in fen */
  @Col.int() dueFen: number;
  /** payments less their reversals */
  @Col.int({ default: 0 }) paidFen: number;
  @Col.int({ default: 0 }) refundedFen: number;
  @Col.string(16, { default: 'open' }) status: ReceivableStatus;
  /**
   * `YYYY-MM-DD` the first instalment of the payment plan not covered by the payments falls
   * due; null without a plan or once the plan is covered. Overdue is this before today.
   */
  @Col.date({ nullable: true }) nextDueDate: string | null;
  /** when it was first paid in full: what follows that (the pre-class talk) happens once */
  @Col.datetime({ nullable: true }) paidInFullAt: Date | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
