import { ClassMoneyView } from './class-money.view';
import { ReceivableTotalsView } from './receivable-totals.view';

/** One page of classes' money, with the totals over all of them. */
export class ClassMoneyPageView {
  items: ClassMoneyView[];
  total: number;
  page: number;
  pageSize: number;
  totals: ReceivableTotalsView;
}
