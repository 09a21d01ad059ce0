import type { CustomerSummaryView } from '../customers/customer-summary.view';
import { ReceivableView } from './receivable.view';

/** A receivable as the list and its page show it: with whose it is, so finance sees a name. */
export class ReceivableItemView extends ReceivableView {
  /** the student: name, code and masked mobile; null when the record is gone */
  customer: CustomerSummaryView | null;
}
