import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { JobRun } from './entities/job-run.entity';
import { JobRegistry } from './job-registry';

/** How long run records are kept: a month answers "did it run, what did it do". */
const KEEP_DAYS = 30;

/**
 * Keeps the run history bounded: `sms-dispatch` alone records a run a minute, and every
 * replica that loses a lease records a skipped one.
 */
@Injectable()
export class JobRunRetention implements OnModuleInit {
  constructor(
    @InjectRepository(JobRun) private readonly runs: Repository<JobRun>,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'job-run-retention',
      description: `Deletes job run records older than ${KEEP_DAYS} days`,
      cron: '30 3 * * *',
      maxIntervalMinutes: 26 * 60,
      leaseSeconds: 600,
      run: ({ now }) => this.prune(now),
    });
  }

  async prune(now: Date): Promise<{ deleted: number }> {
    const cutoff = new Date(now.getTime() - KEEP_DAYS * 24 * 3600_000);
    const result = await this.runs.delete({ startedAt: LessThan(cutoff) });
    return { deleted: result.affected ?? 0 };
  }
}
