import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import type { RefundStatus } from '../refund-status';
import { LedgerEntry } from './ledger-entry.entity';
import { Receivable } from './receivable.entity';

/**
 * A written refund request (§4.2.3 必须提交书面退费申请): the amount, the reason and the
 * scanned or PDF request, until finance or a manager other than the requester decides it.
 * One pending request per receivable.
 */
@Entity('refund_request')
@Index(['receivableId'], { unique: true, where: "status = 'pending'" })
@Index(['status', 'id'])
@Index(['requestedById', 'id'])
export class RefundRequest {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() receivableId: number;
  @ManyToOne(() => Receivable)
  @JoinColumn({ name: 'receivable_id' })
  receivable?: Receivable;
  @Col.int() amountFen: number;
  @Col.string(500) reason: string;
  /** the written request, a stored file (PDF or image) */
  @Col.string(36) documentFileId: string;
  @Col.string(12, { default: 'pending' }) status: RefundStatus;
  @Col.int() requestedById: number;
  @Col.datetime() requestedAt: Date;
  @Col.int({ nullable: true }) decidedById: number | null;
  @Col.datetime({ nullable: true }) decidedAt: Date | null;
  /** why it was refused, or a note to the refund paid */
  @Col.string(200, { nullable: true }) decisionNote: string | null;
  /** the ledger row of the refund paid out */
  @Col.int({ nullable: true }) refundEntryId: number | null;
  @ManyToOne(() => LedgerEntry)
  @JoinColumn({ name: 'refund_entry_id' })
  refundEntry?: LedgerEntry;
  @Col.createdAt() createdAt: Date;
  @Col.version() version: number;
}
