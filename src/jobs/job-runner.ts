import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { DomainError } from '../common/errors/domain-error';
import { shortErrorMessage } from '../common/errors/short-error-message';
import { LOGGER } from '../common/logging/logger.token';
import { JobLeaseService } from '../database/job-lock/job-lease.service';
import { JobRun, JobRunStatus, JobTrigger } from './entities/job-run.entity';
import { JobRegistry } from './job-registry';
import { JobRunView, toJobRunView } from './job-run-view';
import { msg } from '../common/i18n/msg';

export const HELD_ELSEWHERE = 'held by another runner';

/**
 * Runs one job once, by the schedule or by hand: takes the lease (or records a skipped run),
 * records the run, runs it, records how it ended, frees the lease. A job's failure is a
 * failed run, logged, never an exception out of here.
 */
@Injectable()
export class JobRunner {
  /** jobs running in this process: the lease lets the same holder in again, this does not */
  private readonly running = new Set<string>();

  constructor(
    private readonly registry: JobRegistry,
    private readonly leases: JobLeaseService,
    @InjectRepository(JobRun) private readonly runs: Repository<JobRun>,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async run(name: string, trigger: JobTrigger, triggeredById?: number): Promise<JobRunView> {
    const job = this.registry.get(name);
    if (!job) {
      const known = this.registry.all().map((def) => def.name);
      throw new DomainError(
        'not_found',
        msg('jobs.unknown', { name: name.slice(0, 64), known: known.length ? known : '-' }),
        'NOT_FOUND',
      );
    }
    const by = triggeredById ?? null;
    // Marked before the lease is asked for: the lease lets this process in again, so two
    // calls here at once must be told apart by this set.
    if (this.running.has(name)) return this.skipped(name, trigger, by);
    this.running.add(name);
    try {
      if (!(await this.leases.acquire(name, job.leaseSeconds)))
        return await this.skipped(name, trigger, by);
      try {
        // Holding the lease, no other run of this job can be going on: a 'running' row left
        // over is from a process that died mid-run.
        await this.closeInterrupted(name);
        const now = this.clock.now();
        const started = await this.record(name, trigger, by, 'running', { startedAt: now });
        const log = this.logger.child({ job: name, runId: started.id, trigger });
        try {
          const counts = await this.inFlow(`job-${name}-${started.id}`, () =>
            job.run({ now, runId: started.id }),
          );
          return await this.finish(started.id, 'succeeded', { counts: counts ?? {} }, () =>
            log.info({ counts }, 'job succeeded'),
          );
        } catch (error) {
          const message = shortErrorMessage(error);
          return await this.finish(started.id, 'failed', { error: message }, () =>
            log.error(
              { failure: { type: error instanceof Error ? error.name : typeof error, message } },
              'job failed',
            ),
          );
        }
      } finally {
        await this.leases.release(name);
      }
    } finally {
      this.running.delete(name);
    }
  }

  /**
   * A scheduled run is a flow of its own, as a request is (RequestContext): its log lines and
   * its statements are told apart from those of requests running meanwhile.
   */
  private inFlow<T>(requestId: string, work: () => Promise<T>): Promise<T> {
    if (RequestContext.current()) return work();
    return RequestContext.run({ requestId, ip: null, userAgent: null }, work);
  }

  private skipped(
    jobName: string,
    trigger: JobTrigger,
    triggeredById: number | null,
  ): Promise<JobRunView> {
    return this.record(jobName, trigger, triggeredById, 'skipped', {
      error: HELD_ELSEWHERE,
      endedAt: this.clock.now(),
    });
  }

  private async record(
    jobName: string,
    trigger: JobTrigger,
    triggeredById: number | null,
    status: JobRunStatus,
    fields: Partial<Pick<JobRun, 'startedAt' | 'endedAt' | 'error'>>,
  ): Promise<JobRunView> {
    const row = this.runs.create({
      jobName,
      trigger,
      triggeredById,
      status,
      startedAt: fields.startedAt ?? this.clock.now(),
      endedAt: fields.endedAt ?? null,
      counts: null,
      error: fields.error ?? null,
    });
    await this.runs.save(row);
    return toJobRunView(row);
  }

  private async finish(
    id: number,
    status: JobRunStatus,
    fields: Partial<Pick<JobRun, 'counts' | 'error'>>,
    log: () => void,
  ): Promise<JobRunView> {
    log();
    await this.runs.update(id, {
      status,
      endedAt: this.clock.now(),
      ...fields,
    } as QueryDeepPartialEntity<JobRun>);
    return toJobRunView(await this.runs.findOneByOrFail({ id }));
  }

  private async closeInterrupted(jobName: string): Promise<void> {
    await this.runs.update(
      { jobName, status: 'running' },
      {
        status: 'failed',
        endedAt: this.clock.now(),
        error: 'interrupted: the process running it stopped before it finished',
      },
    );
  }
}
