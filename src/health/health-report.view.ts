/** The database's answer to the probe. */
export class DatabaseCheckView {
  /** up; busy (a lock, or slower than a second); down */
  status: 'up' | 'busy' | 'down';
  latencyMs: number;
}

/** The scheduled jobs: any overdue (no successful run in time)? */
export class JobsCheckView {
  /** unknown while the database is not up */
  status: 'ok' | 'overdue' | 'unknown';
  /** names of the overdue jobs */
  overdue: string[];
}

export class HealthChecksView {
  database: DatabaseCheckView;
  jobs: JobsCheckView;
}

/** What `/api/health` answers, with 200 (ok, degraded) or 503 (unavailable). */
export class HealthReportView {
  status: 'ok' | 'degraded' | 'unavailable';
  time: string;
  checks: HealthChecksView;
}
