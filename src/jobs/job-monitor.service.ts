import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { readPage } from '../common/pagination/apply-page';
import type { Page } from '../common/pagination/page';
import type { PageQueryDto } from '../common/pagination/page-query.dto';
import { AppConfig } from '../config/app-config';
import type { JobLock } from '../database/job-lock/job-lock.entity';
import { JobLeaseService } from '../database/job-lock/job-lease.service';
import { JobRun } from './entities/job-run.entity';
import type { JobDefinition } from './job-definition';
import type { JobOverview } from './job-overview.view';
import { JobRegistry } from './job-registry';
import { JobRunView, toJobRunView } from './job-run-view';
import { msg } from '../common/i18n/msg';

/**
 * What the jobs of this process did and whether one is overdue: for the admin API and the
 * health check. Only registered jobs are reported; the run history is shared by replicas,
 * so a run by any of them counts.
 */
@Injectable()
export class JobMonitor {
  constructor(
    private readonly registry: JobRegistry,
    private readonly leases: JobLeaseService,
    @InjectRepository(JobRun) private readonly runs: Repository<JobRun>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async overview(): Promise<JobOverview[]> {
    const jobs = this.registry.all();
    const locks = await this.locksByName(jobs);
    const now = this.clock.now();
    return Promise.all(
      jobs.map(async (job) => {
        const [lastRun, lastSuccess] = await Promise.all([
          this.latest(job.name),
          this.latest(job.name, 'succeeded'),
        ]);
        const lock = locks.get(job.name);
        const leaseHeld = lock?.holder && lock.leaseUntil && lock.leaseUntil > now;
        return {
          name: job.name,
          description: job.description,
          cron: job.cron,
          timeZone: this.config.business.timeZone,
          maxIntervalMinutes: job.maxIntervalMinutes,
          leaseSeconds: job.leaseSeconds,
          lastRun: lastRun ? toJobRunView(lastRun) : null,
          lastSucceededAt: lastSuccess?.endedAt ?? null,
          overdue: this.isOverdue(job, lastSuccess, lock, now),
          lease: leaseHeld ? { holder: lock.holder as string, until: lock.leaseUntil } : null,
        };
      }),
    );
  }

  /** The names of the registered jobs that are overdue, for /api/health. */
  async overdue(): Promise<string[]> {
    const jobs = this.registry.all();
    const locks = await this.locksByName(jobs);
    const now = this.clock.now();
    const overdue: string[] = [];
    for (const job of jobs) {
      if (this.isOverdue(job, await this.latest(job.name, 'succeeded'), locks.get(job.name), now))
        overdue.push(job.name);
    }
    return overdue;
  }

  /** One page of a job's runs, newest first. */
  async history(name: string, params: PageQueryDto): Promise<Page<JobRunView>> {
    if (!this.registry.get(name)) throw DomainError.notFound(msg('entities.job'), name);
    const query = this.runs.createQueryBuilder('run').where('run.jobName = :name', { name });
    return readPage(query, params, { startedAt: 'run.startedAt' }, '-startedAt', toJobRunView);
  }

  /**
   * Overdue when the last successful run ended more than maxIntervalMinutes ago; a job that
   * never succeeded counts from its lease row's creation (its first start). A failing job
   * becomes overdue too: that is what an operator needs to hear about.
   */
  private isOverdue(
    job: JobDefinition,
    lastSuccess: JobRun | null,
    lock: JobLock | undefined,
    now: Date,
  ): boolean {
    const since = lastSuccess?.endedAt ?? lock?.createdAt;
    if (!since) return false;
    return now.getTime() - since.getTime() > job.maxIntervalMinutes * 60_000;
  }

  /** Newest first by (job_name, started_at): the index serves it read backwards. */
  private latest(jobName: string, status?: 'succeeded'): Promise<JobRun | null> {
    const query = this.runs.createQueryBuilder('run').where('run.jobName = :jobName', { jobName });
    if (status) query.andWhere('run.status = :status', { status });
    return query.orderBy('run.startedAt', 'DESC').addOrderBy('run.id', 'DESC').limit(1).getOne();
  }

  private async locksByName(jobs: JobDefinition[]): Promise<Map<string, JobLock>> {
    const locks = await this.leases.find(jobs.map((job) => job.name));
    return new Map(locks.map((lock) => [lock.name, lock]));
  }
}
