import type { JobContext } from './job-context';

/**
 * A scheduled job: a `<name>.job.ts` class of the module that owns it, marked
 * `@Contributes(JobRegistry)`. The runner takes care of the lease, the run record and the
 * logging; `run` only does the work and says what it did.
 */
export interface JobDefinition {
  /** kebab-case, unique, e.g. `care-messages` */
  name: string;
  description: string;
  /** cron expression (with optional seconds field), evaluated in config business.timeZone */
  cron: string;
  /** /api/health reports the job overdue when its last successful run ended longer ago */
  maxIntervalMinutes: number;
  /** how long one run may hold the job; longer than the longest run you expect */
  leaseSeconds: number;
  /** does the work; returns counts such as `{ created: 3 }`. A replica may run the same
   * job again a moment later, so the work must be safe to repeat (e.g. dedupe keys). */
  run(context: JobContext): Promise<Record<string, number>>;
}
