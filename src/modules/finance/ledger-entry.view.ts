import type { LedgerEntry } from './entities/ledger-entry.entity';
import type { LedgerKind } from './ledger-kind';

/** One money row of a receivable, as finance reads it. */
export class LedgerEntryView {
  id: number;
  receivableId: number;
  kind: LedgerKind;
  /** in fen, always positive: the kind says which way it counts */
  amountFen: number;
  /** payment_method dictionary code (payments) */
  methodCode: string | null;
  paidAt: Date | null;
  /** 收据号 (payments) */
  receiptCode: string | null;
  /** the payment a reversal undoes */
  reversesId: number | null;
  note: string | null;
  recordedById: number | null;
  createdAt: Date;

  static of(row: LedgerEntry): LedgerEntryView {
    return {
      id: row.id,
      receivableId: row.receivableId,
      kind: row.kind,
      amountFen: row.amountFen,
      methodCode: row.methodCode,
      paidAt: row.paidAt,
      receiptCode: row.receiptCode,
      reversesId: row.reversesId,
      note: row.note,
      recordedById: row.recordedById,
      createdAt: row.createdAt,
    };
  }
}
