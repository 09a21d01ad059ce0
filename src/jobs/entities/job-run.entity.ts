import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../database/columns';

export const JOB_TRIGGERS = ['schedule', 'manual'] as const;
export type JobTrigger = (typeof JOB_TRIGGERS)[number];

export const JOB_RUN_STATUSES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number];

/** One run of a scheduled job, kept so that operators see what ran, when, and how it ended. */
@Entity('job_run')
@Index(['jobName', 'startedAt', 'id'])
export class JobRun {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(64) jobName: string;
  @Col.string(16) trigger: JobTrigger;
  /** who ran it by hand; null for the schedule */
  @Col.int({ nullable: true }) triggeredById: number | null;
  @Col.datetime() startedAt: Date;
  @Col.datetime({ nullable: true }) endedAt: Date | null;
  @Col.string(16) status: JobRunStatus;
  /** what the run did, e.g. `{ sent: 3, failed: 1 }` */
  @Col.json({ nullable: true }) counts: Record<string, number> | null;
  /** why it failed or was skipped, in words; never a stack trace */
  @Col.string(500, { nullable: true }) error: string | null;
}
