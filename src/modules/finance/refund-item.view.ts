import type { CustomerSummaryView } from '../customers/customer-summary.view';
import { RefundRequestView } from './refund-request.view';

/** A refund request as the list shows it: whose money, and who asked, so a decider sees names. */
export class RefundItemView extends RefundRequestView {
  /** the student of the receivable; null when the record is gone */
  customer: CustomerSummaryView | null;
  /** the display name of the person who asked */
  requestedByName: string;
}
