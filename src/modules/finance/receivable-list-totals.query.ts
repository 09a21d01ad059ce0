import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { OUTSTANDING_SUM } from './outstanding';
import { receivableFilterQuery } from './receivable-filter-query';
import { receivableFilterShape } from './receivable-filter-shape';
import type { ReceivableListShape } from './receivable-list-shape';

/**
 * How many receivables a list finds and their money, in one pass over the rows (the overdue
 * list's from its covering index alone): read off the event loop, and kept for a few seconds
 * (MoneyTotals).
 */
export const RECEIVABLE_LIST_TOTALS = PreparedQueryShapes.figures(
  receivableFilterShape,
  (source, shape: Pick<ReceivableListShape, 'filter' | 'scope'>) =>
    receivableFilterQuery(source, shape)
      .select('COUNT(*)', 'total')
      .addSelect('COALESCE(SUM(r.dueFen), 0)', 'due')
      .addSelect('COALESCE(SUM(r.paidFen), 0)', 'paid')
      .addSelect('COALESCE(SUM(r.refundedFen), 0)', 'refunded')
      .addSelect(OUTSTANDING_SUM, 'outstanding'),
  ['total', 'due', 'paid', 'refunded', 'outstanding'],
);
