/** The sums of a receivables list over all its pages, in fen. */
export class ReceivableTotalsView {
  dueFen: number;
  paidFen: number;
  refundedFen: number;
  outstandingFen: number;
}
