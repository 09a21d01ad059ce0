import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../common/registry/contributes.decorator';
import { deleteOlderThan } from '../database/delete-older-than';
import { JobRun } from './entities/job-run.entity';
import type { JobContext } from './job-context';
import type { JobDefinition } from './job-definition';
import { JobRegistry } from './job-registry';

/** How long run records are kept: a month answers "did it run, what did it do". */
const KEEP_DAYS = 30;

/**
 * Keeps the run history bounded: `sms-dispatch` alone records a run a minute, and every
 * replica that loses a lease records a skipped one.
 */
@Contributes(JobRegistry)
export class JobRunRetentionJob implements JobDefinition {
  readonly name = 'job-run-retention';
  readonly description = `Deletes job run records older than ${KEEP_DAYS} days`;
  readonly cron = '30 3 * * *';
  readonly maxIntervalMinutes = 26 * 60;
  readonly leaseSeconds = 600;

  constructor(@InjectRepository(JobRun) private readonly runs: Repository<JobRun>) {}

  run({ now }: JobContext): Promise<{ deleted: number }> {
    return deleteOlderThan(this.runs, 'startedAt', now, { days: KEEP_DAYS });
  }
}
