import type { RecordScope } from '../../access/record-scope';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import type { ReceivableStatus } from './receivable-status';

/** The conditions of a receivables list, each named by the value it binds. */
export interface ReceivableFilterValues {
  classId?: number;
  courseId?: number;
  customerId?: number;
  coordinatorId?: number;
  status?: ReceivableStatus;
  /** enrolled at or after this instant */
  from?: Date;
  /** enrolled before this instant */
  to?: Date;
  /** overdue: an instalment not paid fell due before this day (`YYYY-MM-DD`) */
  overdueBefore?: string;
  /** not overdue on this day */
  notOverdueOn?: string;
}

/** What decides a receivables list's SQL: the conditions present, whose money, the page. */
export interface ReceivableListShape {
  filter: ReceivableFilterValues;
  scope: RecordScope;
  page: PageQueryDto;
}
