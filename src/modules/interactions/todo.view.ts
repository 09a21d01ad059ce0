import { TodoCountsView } from '../../auth/me.view';
import { PlanView } from './interaction-views';
import { StaffMemberView } from './staff-member.view';

/** Someone's to-do: open plans by bucket (the first of each), with the counts of all. */
export class TodoView {
  user: StaffMemberView;
  /** the business day it is, `YYYY-MM-DD` */
  day: string;
  counts: TodoCountsView;
  overdue: PlanView[];
  dueToday: PlanView[];
  upcoming: PlanView[];
  /** handed to colleagues and still open */
  delegated: PlanView[];
}
