import { ReceivableTotalsView } from './receivable-totals.view';
import { ReceivableItemView } from './receivable-item.view';

/** One page of receivables, with the totals of the whole list. */
export class ReceivablePageView {
  items: ReceivableItemView[];
  total: number;
  page: number;
  pageSize: number;
  totals: ReceivableTotalsView;
}
