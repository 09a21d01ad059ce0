import { AuditLog } from '../../src/audit/entities/audit-log.entity';
import { JobLock } from '../../src/database/job-lock/job-lock.entity';
import { JobLeaseService } from '../../src/database/job-lock/job-lease.service';
import { JobRun } from '../../src/jobs/entities/job-run.entity';
import { JobRegistry } from '../../src/jobs/job-registry';
import { JobRunner } from '../../src/jobs/job-runner';
import { TestApp, TestUser } from '../support/test-app';

/** A job the test steers: it counts its runs, may wait on a gate, may fail. */
const counter = {
  runs: 0,
  gate: null as Promise<void> | null,
  failure: null as Error | null,
};

function failingDeepInside(message: string): Error {
  return new Error(`${message}\n    at somewhere (/srv/app/secret-path.js:1:1)`);
}

describe('scheduled jobs', () => {
  let t: TestApp;
  let admin: TestUser;

  /** Another replica's lease service: a different holder on the same table. */
  const replica = () => new JobLeaseService(t.dataSource.getRepository(JobLock), t.clock);

  const run = (name: string) => t.post(`/api/admin/jobs/${name}/run`, admin.accessToken);

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    t.app.get(JobRegistry).register({
      name: 'test-counter',
      description: 'Counts its runs',
      cron: '0 0 3 * * *',
      maxIntervalMinutes: 60,
      leaseSeconds: 300,
      run: async () => {
        counter.runs += 1;
        if (counter.gate) await counter.gate;
        if (counter.failure) throw counter.failure;
        return { counted: counter.runs };
      },
    });
  });
  afterAll(() => t.close());

  it('lists the registered jobs with their schedule and last run', async () => {
    const list = await t.get('/api/admin/jobs', admin.accessToken).expect(200);
    const names = list.body.map((job: { name: string }) => job.name);
    expect(names).toEqual(expect.arrayContaining(['sms-dispatch', 'test-counter']));
    expect(list.body.find((job: { name: string }) => job.name === 'test-counter')).toMatchObject({
      description: 'Counts its runs',
      cron: '0 0 3 * * *',
      timeZone: t.config.business.timeZone,
      maxIntervalMinutes: 60,
      lastRun: null,
      overdue: false,
      lease: null,
    });
  });

  it('runs a job by hand and records its counts, newest run first', async () => {
    const first = await run('test-counter').expect(200);
    expect(first.body).toMatchObject({
      jobName: 'test-counter',
      trigger: 'manual',
      triggeredById: admin.id,
      status: 'succeeded',
      counts: { counted: counter.runs },
      error: null,
    });
    expect(first.body.endedAt).toEqual(expect.any(String));
    const second = await run('test-counter').expect(200);

    const runs = await t
      .get('/api/admin/jobs/test-counter/runs?pageSize=1', admin.accessToken)
      .expect(200);
    expect(runs.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(runs.body.items.map((r: { id: number }) => r.id)).toEqual([second.body.id]);

    const listed = await t.get('/api/admin/jobs', admin.accessToken).expect(200);
    expect(
      listed.body.find((job: { name: string }) => job.name === 'test-counter').lastRun.id,
    ).toBe(second.body.id);

    const audit = await t.dataSource
      .getRepository(AuditLog)
      .findOneBy({ action: 'job.run', entityId: 'test-counter' });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: 'Job' });
  });

  it('records a failing job as failed with its message, never its stack', async () => {
    counter.failure = failingDeepInside('the report template is missing');
    try {
      const failed = await run('test-counter').expect(200);
      expect(failed.body).toMatchObject({
        status: 'failed',
        error: 'the report template is missing',
        counts: null,
      });
      expect(JSON.stringify(failed.body)).not.toContain('secret-path');
      const logged = t.logs.find(
        (line) => line.includes('job failed') && line.includes(String(failed.body.id)),
      );
      expect(logged).toBeDefined();
      expect(logged).not.toContain('secret-path');
    } finally {
      counter.failure = null;
    }
  });

  it('answers an unknown job with 404 and a malformed name with 400', async () => {
    const unknown = await run('no-such-job').expect(404);
    expect(unknown.body.message).toMatch(
      /^没有名为“no-such-job”的定时任务。已有的任务：.*sms-dispatch/,
    );
    await t.get('/api/admin/jobs/no-such-job/runs', admin.accessToken).expect(404);
    const bad = await run('Not_A_Job').expect(400);
    expect(bad.body.details[0].field).toBe('name');
    await t.get('/api/admin/jobs/test-counter/runs?sort=name', admin.accessToken).expect(400);
  });

  describe('lease', () => {
    it('skips a run while another replica holds the lease, and runs once it lapsed', async () => {
      const other = replica();
      expect(await other.acquire('test-counter', 120)).toBe(true);
      const before = counter.runs;

      const skipped = await run('test-counter').expect(200);
      expect(skipped.body).toMatchObject({ status: 'skipped', error: 'held by another runner' });
      expect(counter.runs).toBe(before);
      const listed = await t.get('/api/admin/jobs', admin.accessToken).expect(200);
      expect(
        listed.body.find((job: { name: string }) => job.name === 'test-counter').lease,
      ).toMatchObject({ holder: other.holder });

      t.clock.advance(121_000);
      const ran = await run('test-counter').expect(200);
      expect(ran.body.status).toBe('succeeded');
      expect(counter.runs).toBe(before + 1);

      // A replica whose lease lapsed cannot free the lease someone took since.
      const third = replica();
      expect(await third.acquire('test-counter', 60)).toBe(true);
      await other.release('test-counter');
      const lock = await t.dataSource
        .getRepository(JobLock)
        .findOneByOrFail({ name: 'test-counter' });
      expect(lock.holder).toBe(third.holder);
      await third.release('test-counter');
    });

    it('gives the lease to exactly one of two replicas asking at once', async () => {
      for (const name of ['race-existing', 'race-new']) {
        const [a, b] = [replica(), replica()];
        if (name === 'race-existing') await a.ensure(name);
        const outcomes = await Promise.all([a.acquire(name, 60), b.acquire(name, 60)]);
        expect([name, outcomes.filter(Boolean).length]).toEqual([name, 1]);
        const winner = outcomes[0] ? a : b;
        const loser = outcomes[0] ? b : a;
        // The holder may extend its own lease; the other still may not take it.
        expect(await winner.acquire(name, 60)).toBe(true);
        expect(await loser.acquire(name, 60)).toBe(false);
        await winner.release(name);
        expect(await loser.acquire(name, 60)).toBe(true);
      }
    });

    it('does not start a job on top of its own run in this process', async () => {
      let open: () => void = () => undefined;
      counter.gate = new Promise<void>((resolve) => (open = resolve));
      const before = counter.runs;
      const first = run('test-counter').then((response) => response);
      while (counter.runs === before) await new Promise((resolve) => setTimeout(resolve, 10));
      const second = await run('test-counter').expect(200);
      expect(second.body).toMatchObject({ status: 'skipped', error: 'held by another runner' });
      counter.gate = null;
      open();
      expect((await first).body.status).toBe('succeeded');
      expect(counter.runs).toBe(before + 1);

      // Two calls in the same instant (the schedule and a click): one runs, one is skipped.
      const runner = t.app.get(JobRunner);
      const both = await Promise.all([
        runner.run('test-counter', 'schedule'),
        runner.run('test-counter', 'manual', admin.id),
      ]);
      expect(both.map((view) => view.status).sort()).toEqual(['skipped', 'succeeded']);
      expect(counter.runs).toBe(before + 2);
    });

    it('closes a run left running by a process that died', async () => {
      const orphan = await t.dataSource.getRepository(JobRun).save({
        jobName: 'test-counter',
        trigger: 'schedule',
        triggeredById: null,
        status: 'running',
        startedAt: t.clock.now(),
        endedAt: null,
        counts: null,
        error: null,
      });
      await run('test-counter').expect(200);
      const closed = await t.dataSource.getRepository(JobRun).findOneByOrFail({ id: orphan.id });
      expect(closed).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/^interrupted/),
      });
    });
  });

  describe('health', () => {
    /** Runs every registered job but the test's own, so that only that one can be overdue. */
    async function runAllOthers(): Promise<void> {
      const jobs = await t.get('/api/admin/jobs', admin.accessToken).expect(200);
      for (const { name } of jobs.body as { name: string }[]) {
        if (name !== 'test-counter')
          expect([name, (await run(name).expect(200)).body.status]).toEqual([name, 'succeeded']);
      }
    }

    it('reports jobs overdue (status degraded, still 200) and ok again once they ran', async () => {
      const fresh = await t.get('/api/health').expect(200);
      expect(fresh.body).toMatchObject({
        status: 'ok',
        checks: { jobs: { status: 'ok', overdue: [] } },
      });

      t.clock.advanceMinutes(61);
      const late = await t.get('/api/health').expect(200);
      expect(late.body.status).toBe('degraded');
      expect(late.body.checks.database.status).toBe('up');
      expect(late.body.checks.jobs.status).toBe('overdue');
      // sms-dispatch never ran: it counts from its first start.
      expect(late.body.checks.jobs.overdue).toEqual(
        expect.arrayContaining(['sms-dispatch', 'test-counter']),
      );

      admin = await t.admin();
      const listed = await t.get('/api/admin/jobs', admin.accessToken).expect(200);
      expect(listed.body.find((job: { name: string }) => job.name === 'test-counter').overdue).toBe(
        true,
      );

      await run('test-counter').expect(200);
      const partly = await t.get('/api/health').expect(200);
      expect(partly.body.checks.jobs.overdue).not.toContain('test-counter');
      expect(partly.body.checks.jobs.overdue).toContain('sms-dispatch');

      await runAllOthers();
      const again = await t.get('/api/health').expect(200);
      expect(again.body).toMatchObject({
        status: 'ok',
        checks: { jobs: { status: 'ok', overdue: [] } },
      });
    });

    it('counts only successful runs: a job that keeps failing becomes overdue', async () => {
      t.clock.advanceMinutes(61);
      admin = await t.admin();
      await runAllOthers();
      counter.failure = new Error('still broken');
      try {
        expect((await run('test-counter').expect(200)).body.status).toBe('failed');
      } finally {
        counter.failure = null;
      }
      const health = await t.get('/api/health').expect(200);
      expect(health.body.checks.jobs).toEqual({ status: 'overdue', overdue: ['test-counter'] });
    });
  });

  it('keeps run records for 30 days', async () => {
    const before = await t.get('/api/admin/jobs/test-counter/runs', admin.accessToken).expect(200);
    expect(before.body.total).toBeGreaterThan(0);
    t.clock.advance(31 * 24 * 3600_000);
    admin = await t.admin();
    await run('test-counter').expect(200);
    const pruned = await run('job-run-retention').expect(200);
    expect(pruned.body.counts.deleted).toBeGreaterThanOrEqual(before.body.total);
    const after = await t.get('/api/admin/jobs/test-counter/runs', admin.accessToken).expect(200);
    expect(after.body.total).toBe(1);
  });
});
