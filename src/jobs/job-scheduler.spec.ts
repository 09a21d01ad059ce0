import { SchedulerRegistry } from '@nestjs/schedule';
import pino from 'pino';
import type { AppConfig } from '../config/app-config';
import type { JobLeaseService } from '../database/job-lock/job-lease.service';
import { JobRegistry } from './job-registry';
import type { JobRunner } from './job-runner';
import { JobScheduler } from './job-scheduler';

function setUp(enabled: boolean) {
  const registry = new JobRegistry();
  registry.register({
    name: 'care-messages',
    description: 'Care messages',
    cron: '0 30 8 * * *',
    maxIntervalMinutes: 1500,
    leaseSeconds: 600,
    run: async () => ({}),
  });
  const leases = { ensure: jest.fn().mockResolvedValue(undefined) };
  const runner = { run: jest.fn().mockResolvedValue({}) };
  const schedulers = new SchedulerRegistry();
  const config = { jobs: { enabled }, business: { timeZone: 'Asia/Shanghai' } } as AppConfig;
  const scheduler = new JobScheduler(
    registry,
    runner as unknown as JobRunner,
    leases as unknown as JobLeaseService,
    schedulers,
    config,
    pino({ level: 'silent' }),
  );
  return { scheduler, schedulers, leases, runner };
}

describe('JobScheduler', () => {
  it('schedules each job in the business time zone, and stops them at shutdown', async () => {
    const { scheduler, schedulers, leases } = setUp(true);
    await scheduler.onApplicationBootstrap();
    expect(leases.ensure).toHaveBeenCalledWith('care-messages');
    const cron = schedulers.getCronJob('job:care-messages');
    expect(cron.isActive).toBe(true);
    // 08:30 in Shanghai is 00:30 UTC.
    const next = cron.nextDate().toJSDate();
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([0, 30]);

    await scheduler.beforeApplicationShutdown();
    expect(schedulers.doesExist('cron', 'job:care-messages')).toBe(false);
    expect(cron.isActive).toBe(false);
  });

  it('runs a tick through the runner as a scheduled run', async () => {
    const { scheduler, schedulers, runner } = setUp(true);
    await scheduler.onApplicationBootstrap();
    await schedulers.getCronJob('job:care-messages').fireOnTick();
    expect(runner.run).toHaveBeenCalledWith('care-messages', 'schedule');
    await scheduler.beforeApplicationShutdown();
  });

  it('schedules nothing when jobs are off, but still creates the lease rows', async () => {
    const { scheduler, schedulers, leases } = setUp(false);
    await scheduler.onApplicationBootstrap();
    expect(leases.ensure).toHaveBeenCalledWith('care-messages');
    expect(schedulers.getCronJobs().size).toBe(0);
  });
});
