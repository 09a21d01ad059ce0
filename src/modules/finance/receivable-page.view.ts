import { ReceivableTotalsView } from './receivable-totals.view';
import { ReceivableView } from './receivable.view';

/** One page of receivables, with the totals of the whole list. */
export class ReceivablePageView {
  items: ReceivableView[];
  total: number;
  page: number;
  pageSize: number;
  totals: ReceivableTotalsView;
}
