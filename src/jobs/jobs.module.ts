import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobLockModule } from '../database/job-lock/job-lock.module';
import { JobRun } from './entities/job-run.entity';
import { JobMonitor } from './job-monitor.service';
import { JobRegistry } from './job-registry';
import { JobRunRetention } from './job-run-retention';
import { JobRunner } from './job-runner';
import { JobScheduler } from './job-scheduler';
import { JobsController } from './jobs.controller';

/**
 * Scheduled jobs (DESIGN.md §8). Modules register their jobs with the JobRegistry in
 * onModuleInit; this module schedules them (when jobs.enabled), runs each under a lease so
 * that one replica runs it, keeps the run history, and reports overdue jobs to /api/health.
 */
@Global()
@Module({
  imports: [ScheduleModule.forRoot(), TypeOrmModule.forFeature([JobRun]), JobLockModule],
  controllers: [JobsController],
  providers: [JobRegistry, JobRunner, JobMonitor, JobScheduler, JobRunRetention],
  exports: [JobRegistry, JobRunner, JobMonitor, JobLockModule],
})
export class JobsModule {}
