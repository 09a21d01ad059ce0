import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import type { LedgerKind } from '../ledger-kind';
import { Receivable } from './receivable.entity';

/**
 * One money row of a receivable, append-only: nothing updates or deletes it. A wrong payment
 * is corrected by a reversal row pointing at it, once (a unique index on `reversesId`).
 */
@Entity('ledger_entry')
@Index(['receivableId', 'id'])
@Index(['paidAt', 'id'])
// Staff performance: the money received in a period, from the index alone (1764786000000).
@Index(['paidAt', 'kind', 'receivableId', 'amountFen'])
@Index(['reversesId'], { unique: true, where: 'reverses_id IS NOT NULL' })
@Index(['receiptCode'], { unique: true, where: 'receipt_code IS NOT NULL' })
export class LedgerEntry {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() receivableId: number;
  @ManyToOne(() => Receivable)
  @JoinColumn({ name: 'receivable_id' })
  receivable?: Receivable;
  @Col.string(12) kind: LedgerKind;
  /** always positive; the kind says which way it counts */
  @Col.int() amountFen: number;
  /** payment_method code of the dictionary (payments and refunds) */
  @Col.string(32, { nullable: true }) methodCode: string | null;
  /** when the money changed hands (payments, refunds); business time, as finance entered it */
  @Col.datetime({ nullable: true }) paidAt: Date | null;
  /** 收据号 `R` + date + sequence (payments) */
  @Col.string(20, { nullable: true }) receiptCode: string | null;
  /** the payment a reversal undoes */
  @Col.int({ nullable: true }) reversesId: number | null;
  @ManyToOne(() => LedgerEntry)
  @JoinColumn({ name: 'reverses_id' })
  reverses?: LedgerEntry;
  /** a discount's or a reversal's reason, a payment's note */
  @Col.string(200, { nullable: true }) note: string | null;
  @Col.int({ nullable: true }) recordedById: number | null;
  @Col.createdAt() createdAt: Date;
}
