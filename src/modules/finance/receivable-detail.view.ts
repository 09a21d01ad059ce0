import { InstalmentView } from './instalment.view';
import { LedgerEntryView } from './ledger-entry.view';
import { ReceivableItemView } from './receivable-item.view';

/** A receivable with its ledger, oldest row first, and its payment plan. */
export class ReceivableDetailView extends ReceivableItemView {
  entries: LedgerEntryView[];
  /** the payment plan (回款计划); empty when the fee is due as a whole */
  instalments: InstalmentView[];
}
