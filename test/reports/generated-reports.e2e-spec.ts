import { createHash } from 'node:crypto';
import type { FindOptionsWhere } from 'typeorm';
import { Workbook } from 'exceljs';
import type { Logger } from 'pino';
import { AuditLog } from '../../src/audit/entities/audit-log.entity';
import { LOGGER } from '../../src/common/logging/logger.token';
import { JobLock } from '../../src/database/job-lock/job-lock.entity';
import { JobLeaseService } from '../../src/database/job-lock/job-lease.service';
import { FileRecord } from '../../src/files/entities/file-record.entity';
import { JobRun } from '../../src/jobs/entities/job-run.entity';
import { JobRegistry } from '../../src/jobs/job-registry';
import { JobRunner } from '../../src/jobs/job-runner';
import { StageOneRenderingSource } from '../../src/modules/classes/stage-one.rendering-source';
import { GeneratedReport } from '../../src/modules/reports/generation/entities/generated-report.entity';
import { RenderingSourceRegistry } from '../../src/modules/reports/generation/rendering-source.registry';
import { ReportGenerationService } from '../../src/modules/reports/generation/report-generation.service';
import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

// pdf-parse's index runs a self-test when loaded without a parent module: the library itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfText = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string; numpages: number }>;

const HOUR_MS = 3_600_000;

/** What the test's rendering source lists: classes and the fingerprint each has now. */
const nightly = { renderings: [] as { classId: number; fingerprint: string }[] };

/**
 * Generated reports (issue 14): files rendered on request, by schedule and each night, kept
 * through the file store with their size and checksum, downloaded by managers alone, every
 * run and download audited, managers told in their inbox, one file per rendering however
 * many replicas run the job, and gone from the list when their retention ends.
 */
describe('generated reports (issue 14)', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;
  let classId: number;
  let tr1: number;

  const signedIn = async (user: TestUser): Promise<TestUser> => {
    const login = await t.signIn(user.username, user.password).expect(200);
    return { ...user, accessToken: login.body.accessToken, refreshToken: login.body.refreshToken };
  };
  const download = (user: TestUser, id: number) =>
    t
      .http()
      .get(`/api/reports/generated/${id}/download`)
      .set('Authorization', `Bearer ${user.accessToken}`)
      .responseType('blob');
  const rows = (where: FindOptionsWhere<GeneratedReport> = {}) =>
    t.dataSource.getRepository(GeneratedReport).find({ where, order: { id: 'ASC' } });
  const storedFiles = () =>
    t.dataSource.getRepository(FileRecord).count({ where: { kind: 'generated-report' } });
  const audits = (action: string) =>
    t.dataSource.getRepository(AuditLog).find({ where: { action }, order: { id: 'ASC' } });
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
    admin = await t.admin();
    manager = await t.createUser('manager');
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    const seeded = await courseIdsByCode(t, manager.accessToken);
    tr1 = seeded.TR1;
    classId = (await enrollingClass(t, { admin: admin.accessToken, former: manager.accessToken }))
      .classId;
    for (const name of ['生成报表学员甲', '生成报表学员乙']) {
      const student = await createCustomer(t, manager.accessToken, { name });
      await t
        .post(`/api/classes/${classId}/enrolments`, manager.accessToken, {
          customerId: student.id,
        })
        .expect(201);
    }
    // The nightly machinery on a report this build has (regional-promotion takes a class).
    t.app.get(RenderingSourceRegistry).register({
      key: 'regional-promotion',
      renderings: () =>
        Promise.resolve(
          nightly.renderings.map((r) => ({
            parameters: { classId: r.classId },
            fingerprint: r.fingerprint,
          })),
        ),
    });
  });
  afterAll(() => t.close());

  describe('on request', () => {
    let stored: { id: number; format: string; size: number; sha256: string; name: string }[];

    beforeAll(async () => {
      const answer = await t
        .post('/api/reports/generated', manager.accessToken, {
          reportKey: 'class-entry',
          parameters: { from: '2027-01-01', to: '2027-12-31' },
        })
        .expect(200);
      stored = answer.body.stored;
      expect(answer.body).toMatchObject({ unchanged: 0, failed: 0 });
    });

    it('stores the report as PDF and Excel with its parameters, who asked, size and checksum', async () => {
      expect(stored.map((file) => file.format).sort()).toEqual(['pdf', 'xlsx']);
      for (const file of stored)
        expect(file).toMatchObject({
          reportKey: 'class-entry',
          parameters: { from: '2027-01-01', to: '2027-12-31' },
          trigger: 'request',
          requestedById: manager.id,
          scheduleId: null,
        });
      expect(stored[0].name).toMatch(
        /^课程进班数据.*（期间 2027-01-01 至 2027-12-31）\d{4}-\d{2}-\d{2}\.pdf$/,
      );
    });

    it('serves each file to a manager, byte for byte, with its type and its Chinese name', async () => {
      for (const file of stored) {
        const response = await download(manager, file.id).expect(200);
        const bytes = response.body as Buffer;
        expect(bytes.length).toBe(file.size);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
        const disposition = response.headers['content-disposition'] as string;
        expect(disposition).toContain(`filename="class-entry-${file.id}.${file.format}"`);
        const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
        expect(decodeURIComponent(encoded)).toBe(file.name);
        if (file.format === 'pdf') {
          expect(response.headers['content-type']).toBe('application/pdf');
          const pdf = await pdfText(bytes);
          expect(pdf.text.replace(/\s+/g, '')).toContain('课程进班数据');
        } else {
          expect(response.headers['content-type']).toContain('spreadsheetml');
          const workbook = new Workbook();
          await workbook.xlsx.load(new Uint8Array(bytes).buffer);
          expect(workbook.worksheets.length).toBeGreaterThan(0);
        }
      }
    });

    it('lists the files newest first, by report, to managers', async () => {
      const list = await t
        .get('/api/reports/generated?reportKey=class-entry', manager.accessToken)
        .expect(200);
      expect(list.body.total).toBe(2);
      expect(list.body.items.map((item: { id: number }) => item.id)).toEqual(
        stored.map((file) => file.id).sort((a, b) => b - a),
      );
      const none = await t
        .get('/api/reports/generated?reportKey=gold-imo', manager.accessToken)
        .expect(200);
      expect(none.body.total).toBe(0);
    });

    it('refuses the files to coordinators and finance', async () => {
      for (const user of [coordinator, finance]) {
        await t
          .get(`/api/reports/generated/${stored[0].id}/download`, user.accessToken)
          .expect(403);
        await t.get('/api/reports/generated', user.accessToken).expect(403);
        await t
          .post('/api/reports/generated', user.accessToken, { reportKey: 'class-entry' })
          .expect(403);
      }
    });

    it('audits the run, the generation and each download', async () => {
      const runs = (await audits('report.run')).filter(
        (row) => row.meta?.generated === true && row.meta?.trigger === 'request',
      );
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ actorId: manager.id, entityId: 'class-entry' });
      const generations = (await audits('report.generate')).filter(
        (row) => row.meta?.trigger === 'request',
      );
      expect(generations[0]).toMatchObject({ actorId: manager.id });
      expect(generations[0].meta?.stored).toEqual(stored.map((file) => file.id));
      const downloads = await audits('report.download');
      expect(downloads.map((row) => [row.actorId, row.entityId])).toEqual(
        expect.arrayContaining(stored.map((file) => [manager.id, String(file.id)])),
      );
    });

    it('tells every manager in the inbox, once for the run', async () => {
      const inbox = await t.get('/api/notifications', manager.accessToken).expect(200);
      const notices = inbox.body.items.filter(
        (item: { kind: string }) => item.kind === 'reports.generated',
      );
      expect(notices).toHaveLength(1);
      expect(notices[0].title).toBe('已生成 2 个报表文件');
      expect(notices[0].body).toContain('手动生成');
      const theirs = await t.get('/api/notifications', coordinator.accessToken).expect(200);
      expect(
        theirs.body.items.some((item: { kind: string }) => item.kind === 'reports.generated'),
      ).toBe(false);
    });

    it('refuses what cannot be rendered, with a reason, storing nothing', async () => {
      const before = await storedFiles();
      const cases: [object, string][] = [
        [{ reportKey: 'no-such-report' }, 'REPORT_UNKNOWN'],
        [{ reportKey: 'class-entry', parameters: { classId: 1 } }, 'REPORT_PARAMETER_UNKNOWN'],
        [{ reportKey: 'regional-promotion' }, 'REPORT_PARAMETER_MISSING'],
        [{ parameters: { from: '2027-01-01' } }, 'PARAMETERS_WITHOUT_REPORT'],
        [
          { reportKey: 'class-entry', parameters: { from: '2027-12-31', to: '2027-01-01' } },
          'PERIOD_REVERSED',
        ],
        [{ reportKey: "x'; DROP TABLE generated_report; --" }, 'VALIDATION_FAILED'],
        [{ reportKey: 'class-entry', parameters: [] }, 'VALIDATION_FAILED'],
        [{ reportKey: 'class-entry', parameters: { top: 1e12 } }, 'VALIDATION_FAILED'],
        [{ reportKey: 'class-entry', extra: 1 }, 'VALIDATION_FAILED'],
      ];
      for (const [body, code] of cases) {
        const answer = await t.post('/api/reports/generated', manager.accessToken, body);
        expect([JSON.stringify(body), answer.status, answer.body.code]).toEqual([
          JSON.stringify(body),
          400,
          code,
        ]);
        expect(answer.body.message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(await storedFiles()).toBe(before);
      await t.get('/api/reports/generated/2000000/download', manager.accessToken).expect(404);
      await t.get('/api/reports/generated/abc/download', manager.accessToken).expect(400);
    });
  });

  describe('nightly', () => {
    it('renders each changed rendering once, even when two replicas run the job at once', async () => {
      nightly.renderings = [{ classId, fingerprint: 'v1' }];
      const [a, b] = [replicaRunner(), replicaRunner()];
      const runs = await Promise.all([
        a.run('report-generation', 'schedule'),
        b.run('report-generation', 'schedule'),
      ]);
      expect(runs.map((run) => run.status).sort()).toEqual(['skipped', 'succeeded']);
      const succeeded = runs.find((run) => run.status === 'succeeded');
      expect(succeeded?.counts).toMatchObject({ stored: 2, failed: 0 });
      const kept = await rows({ reportKey: 'regional-promotion' });
      expect(kept.map((row) => [row.format, row.trigger, row.requestedById])).toEqual([
        ['pdf', 'nightly', null],
        ['xlsx', 'nightly', null],
      ]);
      expect(await storedFiles()).toBe((await rows()).length);
      const run = (await audits('report.generate')).find((row) => row.meta?.trigger === 'nightly');
      expect(run).toMatchObject({ actorId: null });
    });

    it('renders nothing again while nothing changed, and again once it changed', async () => {
      const runner = t.app.get(JobRunner);
      const again = await runner.run('report-generation', 'schedule');
      expect(again.counts).toMatchObject({ stored: 0, unchanged: 1 });
      nightly.renderings = [{ classId, fingerprint: 'v2' }];
      const changed = await runner.run('report-generation', 'schedule');
      expect(changed.counts).toMatchObject({ stored: 2, unchanged: 0 });
      expect(await rows({ reportKey: 'regional-promotion' })).toHaveLength(4);
    });

    it('keeps one file per rendering when two runs race past the lease (the unique key)', async () => {
      nightly.renderings = [{ classId, fingerprint: 'v3' }];
      const generation = t.app.get(ReportGenerationService);
      const both = await Promise.all([
        generation.renderSources('nightly'),
        generation.renderSources('nightly'),
      ]);
      expect(both.reduce((sum, outcome) => sum + outcome.stored.length, 0)).toBe(2);
      expect(await rows({ reportKey: 'regional-promotion' })).toHaveLength(6);
      expect(await storedFiles()).toBe((await rows()).length);
    });

    it('runs the nightly renderings on a manager’s request, recording who asked', async () => {
      nightly.renderings = [{ classId, fingerprint: 'v4' }];
      const answer = await t.post('/api/reports/generated', manager.accessToken, {}).expect(200);
      expect(answer.body.stored).toHaveLength(2);
      expect(answer.body.stored[0]).toMatchObject({
        reportKey: 'regional-promotion',
        trigger: 'request',
        requestedById: manager.id,
      });
      const none = await t.post('/api/reports/generated', manager.accessToken, {}).expect(200);
      expect(none.body).toMatchObject({ stored: [], unchanged: 1 });
      nightly.renderings = [];
    });

    it('lists each stage-one class under way or over, its fingerprint moving with its enrolments', async () => {
      const source = t.app.get(StageOneRenderingSource);
      const formed = await enrollingClass(
        t,
        { admin: admin.accessToken, former: manager.accessToken },
        { courseId: tr1 },
      );
      const listed = async () =>
        (await source.renderings()).find((r) => r.parameters.classId === formed.classId);
      // Enrolling only: no report yet.
      expect(await listed()).toBeUndefined();
      const student = await createCustomer(t, manager.accessToken, { name: '一阶段学员' });
      await t
        .post(`/api/classes/${formed.classId}/enrolments`, manager.accessToken, {
          customerId: student.id,
        })
        .expect(201);
      const detail = await t.get(`/api/classes/${formed.classId}`, manager.accessToken).expect(200);
      await t
        .put(`/api/classes/${formed.classId}/status`, manager.accessToken, {
          status: 'running',
          version: detail.body.version,
        })
        .expect(200);
      const running = await listed();
      expect(running?.fingerprint).toContain('running');
      expect((await listed())?.fingerprint).toBe(running?.fingerprint);
      // Another class of another course is not stage one.
      expect((await source.renderings()).some((r) => r.parameters.classId === classId)).toBe(false);
      // status | version | last change | enrolments | their latest change
      expect(running?.fingerprint.split('|')[3]).toBe('1');
      const current = await t
        .get(`/api/classes/${formed.classId}`, manager.accessToken)
        .expect(200);
      await t
        .patch(`/api/classes/${formed.classId}`, manager.accessToken, {
          version: current.body.version,
          notes: '场地改到二楼',
        })
        .expect(200);
      const after = await listed();
      expect(after?.fingerprint).not.toBe(running?.fingerprint);
      expect(after?.fingerprint.split('|')[3]).toBe('1');
    });
  });

  describe('schedules', () => {
    const path = '/api/admin/report-schedules';

    it('lets admins and managers define schedules, checked like a run, and no one else', async () => {
      const created = await t
        .post(path, admin.accessToken, {
          reportKey: 'finance-classes',
          parameters: { from: '2027-01-01', to: '2027-12-31' },
          cron: '0 3 * * 1',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        reportKey: 'finance-classes',
        parameters: { from: '2027-01-01', to: '2027-12-31' },
        cron: '0 3 * * 1',
        enabled: true,
        createdById: admin.id,
        lastRunAt: null,
      });
      expect(new Date(created.body.nextRunAt).getTime()).toBeGreaterThan(t.clock.now().getTime());
      const changed = await t
        .patch(`${path}/${created.body.id}`, manager.accessToken, {
          version: created.body.version,
          enabled: false,
        })
        .expect(200);
      expect(changed.body).toMatchObject({ enabled: false, nextRunAt: null });
      await t
        .patch(`${path}/${created.body.id}`, manager.accessToken, {
          version: created.body.version,
          enabled: true,
        })
        .expect(409);
      const list = await t.get(path, manager.accessToken).expect(200);
      expect(list.body.map((s: { id: number }) => s.id)).toContain(created.body.id);
      for (const user of [coordinator, finance]) {
        await t.get(path, user.accessToken).expect(403);
        await t
          .post(path, user.accessToken, { reportKey: 'finance-classes', cron: '0 3 * * *' })
          .expect(403);
      }
      await t
        .http()
        .delete(`${path}/${created.body.id}`)
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .expect(204);
      await t
        .http()
        .delete(`${path}/${created.body.id}`)
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .expect(404);
      const audited = await audits('reportSchedule.create');
      expect(audited.some((row) => row.entityId === String(created.body.id))).toBe(true);
      expect((await audits('reportSchedule.delete')).length).toBeGreaterThan(0);
    });

    it('refuses hostile and unusable schedules with a reason, storing nothing', async () => {
      const cases: [object, string][] = [
        [
          { reportKey: 'finance-classes', cron: 'DROP TABLE report_schedule' },
          'SCHEDULE_CRON_INVALID',
        ],
        [{ reportKey: 'finance-classes', cron: '61 * * * *' }, 'SCHEDULE_CRON_INVALID'],
        [{ reportKey: 'finance-classes', cron: '0 0 30 2 *' }, 'SCHEDULE_CRON_INVALID'],
        [{ reportKey: 'finance-classes', cron: '0 0 3 * * *' }, 'SCHEDULE_CRON_INVALID'],
        [{ reportKey: 'finance-classes', cron: '*/5 * * * *' }, 'SCHEDULE_TOO_OFTEN'],
        [{ reportKey: 'finance-classes', cron: '0,30 9 * * *' }, 'SCHEDULE_TOO_OFTEN'],
        [{ reportKey: 'finance-classes', cron: 'x'.repeat(5000) }, 'VALIDATION_FAILED'],
        [{ reportKey: 'finance-classes' }, 'VALIDATION_FAILED'],
        [{ reportKey: 'nope-report', cron: '0 3 * * *' }, 'REPORT_UNKNOWN'],
        [{ reportKey: '<script>', cron: '0 3 * * *' }, 'VALIDATION_FAILED'],
        [
          { reportKey: 'finance-classes', cron: '0 3 * * *', parameters: { customerId: 3 } },
          'REPORT_PARAMETER_UNKNOWN',
        ],
        [{ reportKey: 'regional-promotion', cron: '0 3 * * *' }, 'REPORT_PARAMETER_MISSING'],
        [
          {
            reportKey: 'finance-classes',
            cron: '0 3 * * *',
            parameters: { category: "a' OR 1=1" },
          },
          'VALIDATION_FAILED',
        ],
        [
          {
            reportKey: 'finance-classes',
            cron: '0 3 * * *',
            parameters: { from: '2020-01-01', to: '2027-01-01' },
          },
          'PERIOD_TOO_LONG',
        ],
        [{ reportKey: 'finance-classes', cron: '0 3 * * *', enabled: 'yes' }, 'VALIDATION_FAILED'],
      ];
      const before = (await t.get(path, admin.accessToken).expect(200)).body.length;
      for (const [body, code] of cases) {
        const answer = await t.post(path, admin.accessToken, body);
        expect([JSON.stringify(body).slice(0, 80), answer.status, answer.body.code]).toEqual([
          JSON.stringify(body).slice(0, 80),
          400,
          code,
        ]);
        expect(answer.body.message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect((await t.get(path, admin.accessToken).expect(200)).body.length).toBe(before);
    });

    it('renders a schedule once each time it falls due, as many replicas as run the job', async () => {
      admin = await signedIn(admin);
      const created = await t
        .post('/api/admin/report-schedules', admin.accessToken, {
          reportKey: 'class-entry',
          cron: '0 * * * *',
        })
        .expect(201);
      const scheduled = () => rows({ scheduleId: created.body.id });
      const runner = t.app.get(JobRunner);
      const early = await runner.run('report-schedules', 'schedule');
      expect(early.counts).toMatchObject({ due: 0 });
      t.clock.advance(HOUR_MS + 60_000);
      const [a, b] = [replicaRunner(), replicaRunner()];
      await Promise.all([
        a.run('report-schedules', 'schedule'),
        b.run('report-schedules', 'schedule'),
      ]);
      expect((await scheduled()).map((row) => [row.format, row.trigger])).toEqual([
        ['pdf', 'schedule'],
        ['xlsx', 'schedule'],
      ]);
      expect((await runner.run('report-schedules', 'schedule')).counts).toMatchObject({ due: 0 });
      // Three hours missed: rendered once, for the latest.
      t.clock.advance(3 * HOUR_MS);
      expect((await runner.run('report-schedules', 'schedule')).counts).toMatchObject({
        due: 1,
        stored: 2,
      });
      expect(await scheduled()).toHaveLength(4);
      manager = await signedIn(manager);
      const inbox = await t.get('/api/notifications', manager.accessToken).expect(200);
      expect(
        inbox.body.items.filter(
          (item: { kind: string; body: string }) =>
            item.kind === 'reports.generated' && item.body.includes('报表计划'),
        ),
      ).toHaveLength(2);
    });
  });

  describe('retention', () => {
    it('hides and then deletes the files whose retention ended', async () => {
      manager = await signedIn(manager);
      const listed = await t.get('/api/reports/generated', manager.accessToken).expect(200);
      expect(listed.body.total).toBeGreaterThan(0);
      const first = listed.body.items[listed.body.items.length - 1];
      expect(new Date(first.retainUntil).getTime() - new Date(first.createdAt).getTime()).toBe(
        t.config.reports.generatedRetentionDays * 86_400_000,
      );
      t.clock.advance((t.config.reports.generatedRetentionDays + 1) * 86_400_000);
      manager = await signedIn(manager);
      const after = await t.get('/api/reports/generated', manager.accessToken).expect(200);
      expect(after.body.total).toBe(0);
      await t.get(`/api/reports/generated/${first.id}/download`, manager.accessToken).expect(404);
      const sweep = await t.app.get(JobRunner).run('file-retention', 'schedule');
      expect(sweep.counts?.deleted).toBeGreaterThan(0);
      expect(await storedFiles()).toBe(0);
      // The rows stay as the record of what was rendered: an unchanged class is not rendered again.
      expect((await rows()).length).toBeGreaterThan(0);
    });
  });
});
