import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../common/logging/logger.token';
import { JobLeaseService } from '../database/job-lock/job-lease.service';
import { JobRegistry } from './job-registry';
import { JobRunner } from './job-runner';

/**
 * Puts the registered jobs on the clock once every module has registered its own (at
 * application bootstrap), in the business time zone, and takes them off at shutdown,
 * letting runs in progress finish first.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly scheduled: string[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly registry: JobRegistry,
    private readonly runner: JobRunner,
    private readonly leases: JobLeaseService,
    private readonly schedulers: SchedulerRegistry,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // The lease rows exist from the first start on: the health check counts from them.
    for (const job of this.registry.all()) await this.leases.ensure(job.name);
    if (!this.config.jobs.enabled) {
      this.logger.info(
        { jobs: this.registry.all().length },
        'scheduled jobs are off here (jobs.enabled = false)',
      );
      return;
    }
    for (const job of this.registry.all()) {
      const cron = CronJob.from({
        cronTime: job.cron,
        timeZone: this.config.business.timeZone,
        onTick: () => this.tick(job.name),
        // A run that outlasts its interval is not started again on top of itself.
        waitForCompletion: true,
        start: true,
      });
      this.schedulers.addCronJob(this.key(job.name), cron);
      this.scheduled.push(job.name);
    }
    this.logger.info(
      { jobs: this.scheduled, timeZone: this.config.business.timeZone },
      'scheduled jobs started',
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const name of this.scheduled.splice(0)) {
      // @nestjs/schedule's own shutdown may have removed it already.
      if (this.schedulers.doesExist('cron', this.key(name)))
        this.schedulers.deleteCronJob(this.key(name));
    }
    await Promise.allSettled([...this.inFlight]);
  }

  private tick(name: string): Promise<void> {
    const run = this.runner.run(name, 'schedule').then(
      () => undefined,
      (error: unknown) => {
        // Only the bookkeeping can throw here (e.g. the database is gone); the job's own
        // failure is already a failed run.
        this.logger.error(
          { job: name, failure: { type: error instanceof Error ? error.name : typeof error } },
          'scheduled job could not run',
        );
      },
    );
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  private key(name: string): string {
    return `job:${name}`;
  }
}
