import { orderPage } from '../../common/pagination/order-page';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import type { Receivable } from './entities/receivable.entity';
import { RECEIVABLE_FIELDS } from './receivable-fields';
import { receivableFilterQuery } from './receivable-filter-query';
import { receivableFilterShape } from './receivable-filter-shape';
import type { ReceivableListShape } from './receivable-list-shape';

const SORTABLE = { id: 'r.id', dueFen: 'r.dueFen', nextDueDate: 'r.nextDueDate' };

/**
 * One page of receivables, newest first, or the longest overdue first on the overdue list:
 * finance's busiest read, built once per shape and bound per request, its rows read as plain
 * objects. Each default order is served by an index ((class_id, id), (next_due_date, id)…).
 */
export const RECEIVABLE_LIST_PAGE = new PreparedQueryShapes<ReceivableListShape, Receivable>(
  (shape) =>
    [
      receivableFilterShape(shape),
      shape.page.sort ?? '',
      shape.page.page,
      shape.page.pageSize,
    ].join('|'),
  (source, shape) => {
    const query = receivableFilterQuery(source, shape).select([...RECEIVABLE_FIELDS]);
    orderPage(query, shape.page, SORTABLE, 'overdueBefore' in shape.filter ? 'nextDueDate' : '-id');
    return query;
  },
);
