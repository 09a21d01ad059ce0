import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { HeldTransactionController } from '../support/held-transaction.controller';
import { TestApp, type TestUser } from '../support/test-app';

/**
 * What only the embedded database does: one connection shared by every request, and a file
 * that another process can lock. (Issue 9, items 1 and 2.)
 */
describe('embedded database (SQLite)', () => {
  describe('transactions of different requests are isolated', () => {
    let t: TestApp;
    let manager: TestUser;

    beforeAll(async () => {
      t = await TestApp.start({ controllers: [HeldTransactionController] });
      manager = await t.createUser('manager');
    });
    afterAll(() => t.close());

    it("keeps another request's transaction and unrelated writes when a transaction open meanwhile fails", async () => {
      const mobile = uniqueMobile();
      // A transaction that writes, stays open 300 ms, then fails and rolls back.
      const failing = t
        .post('/api/test-transactions/failing?prefix=HELDTX&holdMs=300')
        .then((r) => r);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Meanwhile: a create (its own transactions: code draw, customer, audit) and a read
      // whose audit row is written by group commit.
      const [created, listed, failed] = await Promise.all([
        t.post('/api/customers', manager.accessToken, { name: '隔离测试', mobile }),
        t.get('/api/customers?pageSize=5', manager.accessToken),
        failing,
      ]);
      expect(failed.status).toBe(500);
      expect(created.status).toBe(201);
      expect(listed.status).toBe(200);

      const rows = await t.dataSource.query(
        `SELECT prefix FROM code_sequence WHERE prefix = 'HELDTX'`,
      );
      expect(rows).toEqual([]);
      const detail = await t
        .get(`/api/customers/${created.body.id}`, manager.accessToken)
        .expect(200);
      expect(detail.body.name).toBe('隔离测试');
      const audit = await t
        .get(
          `/api/admin/audit-logs?entityType=Customer&entityId=${created.body.id}&pageSize=50`,
          manager.accessToken,
        )
        .expect(200);
      expect(audit.body.items.map((row: { action: string }) => row.action)).toEqual(
        expect.arrayContaining(['customer.create']),
      );
      const listAudit = await t
        .get(
          `/api/admin/audit-logs?action=customer.list&userId=${manager.id}&pageSize=50`,
          manager.accessToken,
        )
        .expect(200);
      expect(listAudit.body.total).toBeGreaterThanOrEqual(1);
    });

    it('serves many concurrent creates while transactions keep failing, losing none', async () => {
      const failing = Array.from({ length: 3 }, (_, i) =>
        t.post(`/api/test-transactions/failing?prefix=HELD${i}&holdMs=40`).then((r) => r.status),
      );
      const creates = Array.from({ length: 12 }, (_, i) =>
        t
          .post('/api/customers', manager.accessToken, { name: `并发${i}`, mobile: uniqueMobile() })
          .then((r) => r),
      );
      const [statuses, answers] = await Promise.all([Promise.all(failing), Promise.all(creates)]);
      expect(statuses).toEqual([500, 500, 500]);
      expect(answers.map((r) => r.status)).toEqual(Array(12).fill(201));
      for (const answer of answers)
        await t.get(`/api/customers/${answer.body.id}`, manager.accessToken).expect(200);
    });
  });

  describe('a database file locked by another process', () => {
    let t: TestApp;
    let manager: TestUser;
    let directory: string;
    let other: Database.Database;

    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'crm-locked-'));
      const file = join(directory, 'crm.sqlite');
      t = await TestApp.start({
        sqliteFile: file,
        configure: (config) => (config.database.busyWaitMs = 1500),
      });
      manager = await t.createUser('manager');
      await createCustomer(t, manager.accessToken);
      other = new Database(file);
    });
    afterAll(async () => {
      other.close();
      await t.close();
      rmSync(directory, { recursive: true, force: true });
    });

    const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
      const started = Date.now();
      const result = await work();
      return { ms: Date.now() - started, result };
    };

    it('answers writes 503 with Retry-After past the bound, keeps health and other routes responsive, and recovers', async () => {
      other.exec('BEGIN IMMEDIATE');
      other.prepare("INSERT INTO code_sequence (prefix, last) VALUES ('LOCKED', 1)").run();
      try {
        const write = timed(() =>
          t
            .post('/api/customers', manager.accessToken, { name: '锁住时', mobile: uniqueMobile() })
            .then((r) => r),
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        // While the write waits for the lock: health answers at once and says the database is busy,
        const health = await timed(() => t.get('/api/health').then((r) => r));
        expect(health.ms).toBeLessThan(500);
        expect(health.result.body.checks.database.status).toBe('busy');
        // a route that needs no database is not held up,
        const docs = await timed(() => t.get('/api/docs-json').then((r) => r));
        expect(docs.result.status).toBe(200);
        expect(docs.ms).toBeLessThan(500);
        // and reads go on (WAL lets them; the customer list would not, as it counts a view).
        const read = await timed(() =>
          t.get('/api/dictionary/industry', manager.accessToken).then((r) => r),
        );
        expect(read.result.status).toBe(200);
        expect(read.ms).toBeLessThan(500);

        const { ms, result } = await write;
        expect(result.status).toBe(503);
        expect(result.body.code).toBe('DATABASE_BUSY');
        expect(result.headers['retry-after']).toBe('2');
        expect(result.body.message).toContain('数据库正忙');
        expect(ms).toBeGreaterThanOrEqual(1000);
        expect(ms).toBeLessThan(3000);
      } finally {
        other.exec('ROLLBACK');
      }
      const after = await t.post('/api/customers', manager.accessToken, {
        name: '解锁后',
        mobile: uniqueMobile(),
      });
      expect(after.status).toBe(201);
      const health = await t.get('/api/health').expect(200);
      expect(health.body.checks.database.status).toBe('up');
    });

    it('waits out a lock shorter than the bound without the client noticing', async () => {
      other.exec('BEGIN IMMEDIATE');
      other.prepare("INSERT INTO code_sequence (prefix, last) VALUES ('BRIEF', 1)").run();
      setTimeout(() => other.exec('ROLLBACK'), 300);
      const { ms, result } = await timed(() =>
        t
          .post('/api/customers', manager.accessToken, { name: '稍等', mobile: uniqueMobile() })
          .then((r) => r),
      );
      expect(result.status).toBe(201);
      expect(ms).toBeGreaterThanOrEqual(250);
    });
  });
});
