/** The receipts of one way of paying on the day. */
export class ClosingMethodView {
  /** payment_method dictionary code */
  methodCode: string;
  methodLabel: string;
  /** payments, and reversals and refunds (counted negative) */
  count: number;
  amountFen: number;
}

/** The receipts one person recorded on the day. */
export class ClosingRecorderView {
  userId: number;
  name: string;
  count: number;
  amountFen: number;
}

/** One money row of the day: a payment, or a reversal or refund (negative). */
export class ClosingEntryView {
  id: number;
  kind: string;
  receiptCode: string | null;
  /** negative for a reversal or a refund */
  amountFen: number;
  methodCode: string;
  /** when the money moved: received, taken back on the books, or paid out */
  at: Date;
  recordedById: number | null;
  receivableId: number;
  customerId: number;
  customerName: string | null;
}

/**
 * 财务收款确认表: a business day's receipts, less reversals and refunds, by way of paying and
 * by the person who recorded them, with its rows a page at a time, for finance to close the
 * day against the bank and the till.
 */
export class ClosingSheetView {
  /** `YYYY-MM-DD`, business time zone */
  day: string;
  totalFen: number;
  count: number;
  byMethod: ClosingMethodView[];
  byRecorder: ClosingRecorderView[];
  /** one page of the day's rows, in the order the money moved (`count` rows in all) */
  entries: ClosingEntryView[];
  page: number;
  pageSize: number;
}
