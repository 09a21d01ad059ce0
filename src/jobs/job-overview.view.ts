import { JobRunView } from './job-run-view';

/** Who holds a job's lease now. */
export class JobLeaseView {
  holder: string;
  until: Date | null;
}

/** A registered job as the admin list shows it. */
export class JobOverview {
  name: string;
  description: string;
  cron: string;
  /** the zone the cron expression is read in */
  timeZone: string;
  maxIntervalMinutes: number;
  leaseSeconds: number;
  /** the newest run, whatever its outcome */
  lastRun: JobRunView | null;
  /** when the last successful run ended */
  lastSucceededAt: Date | null;
  /** no successful run within maxIntervalMinutes (counted from the job's first start when it never ran) */
  overdue: boolean;
  /** who holds the lease now, if anyone */
  lease: JobLeaseView | null;
}
