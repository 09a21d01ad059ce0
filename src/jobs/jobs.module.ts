import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobLockModule } from '../database/job-lock/job-lock.module';
import { JobRun } from './entities/job-run.entity';
import { JobMonitor } from './job-monitor.service';
import { JobRegistry } from './job-registry';
import { JobRunRetentionJob } from './job-run-retention.job';
import { JobRunner } from './job-runner';
import { JobScheduler } from './job-scheduler';
import { AdminJobsController } from './admin-jobs.controller';

/**
 * Scheduled jobs (DESIGN.md §8). Modules contribute their jobs to the JobRegistry (`*.job.ts`,
 * `@Contributes(JobRegistry)`); this module schedules them (when jobs.enabled), runs each under a
 * lease so that one replica runs it, keeps the run history, and reports overdue jobs to
 * /api/health.
 */
@Global()
@Module({
  imports: [ScheduleModule.forRoot(), TypeOrmModule.forFeature([JobRun]), JobLockModule],
  controllers: [AdminJobsController],
  providers: [JobRegistry, JobRunner, JobMonitor, JobScheduler, JobRunRetentionJob],
  exports: [JobRegistry, JobRunner, JobMonitor, JobLockModule],
})
export class JobsModule {}
