import { ReceivableView } from './receivable.view';
import { RefundRequestView } from './refund-request.view';

/** A refund request just decided, and its receivable after it. */
export class RefundResultView {
  refund: RefundRequestView;
  receivable: ReceivableView;
}
