import { LedgerEntryView } from './ledger-entry.view';
import { ReceivableView } from './receivable.view';

/** A money row just written, and its receivable after it. */
export class PaymentResultView {
  entry: LedgerEntryView;
  receivable: ReceivableView;
}
