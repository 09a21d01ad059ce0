import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { LOGGER } from '../../src/common/logging/logger.token';
import { JobLock } from '../../src/database/job-lock/job-lock.entity';
import { JobLeaseService } from '../../src/database/job-lock/job-lease.service';
import { FileRecord } from '../../src/files/entities/file-record.entity';
import { JobRun } from '../../src/jobs/entities/job-run.entity';
import { JobRegistry } from '../../src/jobs/job-registry';
import { JobRunner } from '../../src/jobs/job-runner';
import { GeneratedReport } from '../../src/modules/reports/generation/entities/generated-report.entity';
import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

// pdf-parse's index runs a self-test when loaded without a parent module: the library itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfText = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string; numpages: number }>;

/**
 * The nightly stage-one reports (issue 14): the job renders the stage-one report (PDF and
 * Excel) of each TR1 class running or finished, once however many replicas start it; nothing
 * again while a class is unchanged; the changed class again, and only it.
 */
describe('nightly stage-one reports (issue 14)', () => {
  let t: TestApp;
  let manager: TestUser;
  const classes: { classId: number; version: number }[] = [];
  let enrolling: number;

  const stageOneRows = () =>
    t.dataSource
      .getRepository(GeneratedReport)
      .find({ where: { reportKey: 'stage-one' }, order: { id: 'ASC' } });
  const classIdOf = (row: GeneratedReport) =>
    (JSON.parse(row.parameters) as { classId: number }).classId;
  /** Another replica's runner: its own lease holder on the same job_lock table. */
  const replicaRunner = () =>
    new JobRunner(
      t.app.get(JobRegistry),
      new JobLeaseService(t.dataSource.getRepository(JobLock), t.clock),
      t.dataSource.getRepository(JobRun),
      t.clock,
      t.app.get<Logger>(LOGGER),
    );

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    manager = await t.createUser('manager');
    const tr1 = (await courseIdsByCode(t, manager.accessToken)).TR1;
    const tokens = { admin: admin.accessToken, former: manager.accessToken };
    for (let i = 0; i < 3; i += 1) {
      const { classId } = await enrollingClass(t, tokens, { courseId: tr1 });
      const student = await createCustomer(t, manager.accessToken, { name: `夜间学员${i}` });
      await t
        .post(`/api/classes/${classId}/enrolments`, manager.accessToken, {
          customerId: student.id,
        })
        .expect(201);
      if (i === 2) {
        enrolling = classId;
        continue;
      }
      const detail = await t.get(`/api/classes/${classId}`, manager.accessToken).expect(200);
      const running = await t
        .put(`/api/classes/${classId}/status`, manager.accessToken, {
          status: 'running',
          version: detail.body.version,
        })
        .expect(200);
      classes.push({ classId, version: running.body.version });
    }
  });
  afterAll(() => t.close());

  it('renders each running TR1 class once when two replicas start the job at once', async () => {
    const runs = await Promise.all([
      replicaRunner().run('report-generation', 'schedule'),
      replicaRunner().run('report-generation', 'schedule'),
    ]);
    expect(runs.map((run) => run.status).sort()).toEqual(['skipped', 'succeeded']);
    const rows = await stageOneRows();
    expect(rows.map((row) => [classIdOf(row), row.format, row.trigger]).sort()).toEqual(
      classes
        .flatMap(({ classId }) => [
          [classId, 'pdf', 'nightly'],
          [classId, 'xlsx', 'nightly'],
        ])
        .sort(),
    );
    expect(rows.some((row) => classIdOf(row) === enrolling)).toBe(false);
    const files = await t.dataSource
      .getRepository(FileRecord)
      .count({ where: { kind: 'generated-report' } });
    expect(files).toBe(rows.length);
  });

  it('keeps the stage-one report itself, as managers download it', async () => {
    const pdf = (await stageOneRows()).find((row) => row.format === 'pdf') as GeneratedReport;
    const response = await t
      .http()
      .get(`/api/reports/generated/${pdf.id}/download`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .responseType('blob')
      .expect(200);
    const bytes = response.body as Buffer;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(pdf.sha256);
    expect((await pdfText(bytes)).text.replace(/\s+/g, '')).toContain('一阶段报告');
    expect(pdf.name).toMatch(/^一阶段报告/);
  });

  it('renders nothing again while the classes are unchanged', async () => {
    const before = (await stageOneRows()).length;
    const run = await t.app.get(JobRunner).run('report-generation', 'schedule');
    expect(run.counts).toMatchObject({ stored: 0, unchanged: classes.length, failed: 0 });
    expect(await stageOneRows()).toHaveLength(before);
  });

  it('renders a class again after it changed, and only that class', async () => {
    const [changed, unchanged] = classes;
    const before = await stageOneRows();
    t.clock.advance(1000);
    await t
      .patch(`/api/classes/${changed.classId}`, manager.accessToken, {
        version: changed.version,
        notes: '结营后补充了备注',
      })
      .expect(200);
    const run = await t.app.get(JobRunner).run('report-generation', 'schedule');
    expect(run.counts).toMatchObject({ stored: 2, unchanged: 1, failed: 0 });
    const added = (await stageOneRows()).slice(before.length);
    expect(added.map((row) => [classIdOf(row), row.format])).toEqual([
      [changed.classId, 'pdf'],
      [changed.classId, 'xlsx'],
    ]);
    expect(added.some((row) => classIdOf(row) === unchanged.classId)).toBe(false);
  });
});
