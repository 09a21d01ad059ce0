import type { ReceivableFilterValues } from './receivable-list-shape';
import { sqlLiteralList } from '../../database/sql-literal-list';
import { PAYABLE } from './receivable-status';

/** The statuses that still take payments, as SQL (constants of this module, not input). */
const PAYABLE_SQL = sqlLiteralList(PAYABLE);

/**
 * Each condition of a receivables list on alias `r`, by the value it binds; in this order in
 * every statement, so that one set of conditions is one shape.
 */
export const RECEIVABLE_FILTER_CONDITIONS: Record<keyof ReceivableFilterValues, string> = {
  classId: 'r.classId = :classId',
  courseId: 'r.courseId = :courseId',
  customerId: 'r.customerId = :customerId',
  coordinatorId: 'r.coordinatorId = :coordinatorId',
  status: 'r.status = :status',
  from: 'r.createdAt >= :from',
  to: 'r.createdAt < :to',
  overdueBefore: `r.nextDueDate < :overdueBefore AND r.status IN (${PAYABLE_SQL})`,
  notOverdueOn: `(r.nextDueDate IS NULL OR r.nextDueDate >= :notOverdueOn OR r.status NOT IN (${PAYABLE_SQL}))`,
};
