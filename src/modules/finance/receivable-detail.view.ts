import { LedgerEntryView } from './ledger-entry.view';
import { ReceivableView } from './receivable.view';

/** A receivable with its ledger, oldest row first. */
export class ReceivableDetailView extends ReceivableView {
  entries: LedgerEntryView[];
}
