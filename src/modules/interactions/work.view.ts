import { InteractionView } from './interaction-views';
import { StaffMemberView } from './staff-member.view';

/** The interaction type a count is for; code and name are null for a type since removed. */
export class WorkTypeRefView {
  id: number;
  code: string | null;
  name: string | null;
}

export class WorkTotalsView {
  records: number;
  completedPlans: number;
}

/** One interaction type's share of the work. */
export class WorkByTypeView {
  type: WorkTypeRefView;
  records: number;
  completedPlans: number;
}

/** A page of the period's records. */
export class WorkRecordsPageView {
  items: InteractionView[];
  total: number;
  page: number;
  pageSize: number;
}

/** Someone's work results in a period of business days (工作成果). */
export class WorkView {
  user: StaffMemberView;
  /** first business day, `YYYY-MM-DD` */
  from: string;
  /** last business day, inclusive */
  to: string;
  totals: WorkTotalsView;
  byType: WorkByTypeView[];
  records: WorkRecordsPageView;
}
