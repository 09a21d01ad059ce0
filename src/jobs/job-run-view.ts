import type { JobRun, JobRunStatus, JobTrigger } from './entities/job-run.entity';

/** A run as the API shows it. */
export class JobRunView {
  id: number;
  jobName: string;
  trigger: JobTrigger;
  triggeredById: number | null;
  status: JobRunStatus;
  startedAt: Date;
  endedAt: Date | null;
  counts: Record<string, number> | null;
  error: string | null;
}

export function toJobRunView(run: JobRun): JobRunView {
  return {
    id: run.id,
    jobName: run.jobName,
    trigger: run.trigger,
    triggeredById: run.triggeredById,
    status: run.status,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    counts: run.counts,
    error: run.error,
  };
}
