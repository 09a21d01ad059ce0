import type { RefundRequest } from './entities/refund-request.entity';
import type { RefundStatus } from './refund-status';

/** A refund request and its decision. */
export class RefundRequestView {
  id: number;
  receivableId: number;
  amountFen: number;
  reason: string;
  /** the written request: GET /api/refunds/:id/document */
  documentId: string;
  status: RefundStatus;
  requestedById: number;
  requestedAt: Date;
  decidedById: number | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  /** the ledger row of the refund paid out */
  refundEntryId: number | null;
  version: number;

  static of(row: RefundRequest): RefundRequestView {
    return {
      id: row.id,
      receivableId: row.receivableId,
      amountFen: row.amountFen,
      reason: row.reason,
      documentId: row.documentFileId,
      status: row.status,
      requestedById: row.requestedById,
      requestedAt: row.requestedAt,
      decidedById: row.decidedById,
      decidedAt: row.decidedAt,
      decisionNote: row.decisionNote,
      refundEntryId: row.refundEntryId,
      version: row.version,
    };
  }
}
