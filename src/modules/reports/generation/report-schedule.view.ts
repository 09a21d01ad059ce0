import { ReportParametersView } from './generated-report.view';

/** A report schedule, with when it renders next. */
export class ReportScheduleView {
  id: number;
  reportKey: string;
  parameters: ReportParametersView;
  /** five fields, business time zone */
  cron: string;
  enabled: boolean;
  createdById: number;
  /** the due time of its last rendering */
  lastRunAt: Date | null;
  /** when it is due next; null while disabled */
  nextRunAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
