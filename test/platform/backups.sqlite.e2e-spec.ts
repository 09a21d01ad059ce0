import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupFile } from '../../src/backups/backup-file';
import { restoreBackupFile } from '../../src/backups/restore-backup-file';
import { Notification } from '../../src/notifications/entities/notification.entity';
import { uniqueMobile } from '../support/customer-factory';
import { TestApp, type TestUser } from '../support/test-app';

/**
 * Online backups of the embedded database (issue 10 item 6, seed 003): taken while requests
 * write, restored into a fresh file, and every row committed before it is there, with
 * nothing half-written.
 */
describe('database backups (SQLite)', () => {
  let dir: string;
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-backups-'));
    t = await TestApp.start({
      sqliteFile: join(dir, 'crm.sqlite'),
      configure: (config) => {
        config.backups.directory = join(dir, 'backups');
        config.backups.keepDays = 7;
        config.backups.keepFiles = 3;
      },
    });
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    // Some megabytes, so that the backup takes many steps and writes run between them.
    const notifications = t.dataSource.getRepository(Notification);
    for (let batch = 0; batch < 20; batch += 1) {
      await notifications.insert(
        Array.from({ length: 200 }, (_, n) => ({
          userId: admin.id,
          kind: 'test',
          title: `Bulk ${batch}-${n}`,
          body: '备份'.repeat(500),
        })),
      );
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a backup while customers are created, and the restored copy holds every committed row', async () => {
    const created: { id: number }[] = [];
    let writing = true;
    let backupRunning = false;
    let createdDuringBackup = 0;
    const writer = async () => {
      while (writing) {
        const response = await t
          .post('/api/customers', coordinator.accessToken, {
            name: '备份客户',
            mobile: uniqueMobile(),
          })
          .expect(201);
        created.push(response.body);
        if (backupRunning) createdDuringBackup += 1;
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    while (created.length < 12) await new Promise((resolve) => setTimeout(resolve, 10));

    const committedBefore = created.map((customer) => customer.id);
    backupRunning = true;
    const taken = await t.post('/api/admin/backups', admin.accessToken).expect(201);
    backupRunning = false;
    writing = false;
    await Promise.all(writers);

    expect(taken.body).toEqual({
      name: expect.any(String),
      size: expect.any(Number),
      createdAt: expect.any(String),
    });
    expect(createdDuringBackup).toBeGreaterThan(0);

    const restored = join(dir, 'restored.sqlite');
    await restoreBackupFile(join(dir, 'backups', taken.body.name), restored);
    const copy = new Database(restored, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = copy.prepare('SELECT id, code, mobile FROM customer').all() as {
        id: number;
        code: string;
        mobile: string;
      }[];
      const ids = new Set(rows.map((row) => row.id));
      expect(committedBefore.filter((id) => !ids.has(id))).toEqual([]);
      // Nothing the live database lacks, nor a row that differs from it.
      const liveRows: { id: number; code: string; mobile: string }[] = await t.dataSource.query(
        'SELECT id, code, mobile FROM customer',
      );
      const live = new Map(liveRows.map((customer) => [customer.id, customer]));
      for (const row of rows)
        expect(live.get(row.id)).toMatchObject({ code: row.code, mobile: row.mobile });
      // Each customer with all its search terms: its transaction is in the copy whole or not at all.
      const termsIn = async (query: (sql: string) => Promise<unknown[]> | unknown[]) =>
        (await query(
          'SELECT customer_id, COUNT(*) AS n FROM customer_search_term GROUP BY customer_id',
        )) as { customer_id: number; n: number }[];
      const liveTerms = new Map(
        (await termsIn((sql) => t.dataSource.query(sql))).map((r) => [
          Number(r.customer_id),
          Number(r.n),
        ]),
      );
      for (const row of await termsIn((sql) => copy.prepare(sql).all())) {
        expect([row.customer_id, Number(row.n)]).toEqual([
          row.customer_id,
          liveTerms.get(row.customer_id),
        ]);
      }
      for (const table of ['app_user', 'notification', 'dictionary_entry', 'migrations']) {
        const [{ n }] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
        expect([
          table,
          (copy.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
        ]).toEqual([table, Number(n)]);
      }
    } finally {
      copy.close();
    }
  });

  it('lists the backups, newest first, with name, size and time', async () => {
    const taken = await t.post('/api/admin/backups', admin.accessToken).expect(201);
    const list = await t.get('/api/admin/backups', admin.accessToken).expect(200);
    expect(list.body[0]).toEqual(taken.body);
    expect(list.body[0].size).toBeGreaterThan(1_000_000);
    const audit = await t.dataSource.query(
      `SELECT entity_id FROM audit_log WHERE action = 'backup.create' AND entity_type = 'Backup'`,
    );
    expect(audit.map((row: { entity_id: string }) => row.entity_id)).toContain(taken.body.name);
  });

  it('takes the daily backup by the job and deletes those past retention, keeping other files', async () => {
    const backups = join(dir, 'backups');
    const now = t.clock.now().getTime();
    const old = BackupFile.nameFor(new Date(now - 8 * 86_400_000));
    writeFileSync(join(backups, old), 'an old backup');
    writeFileSync(join(backups, 'notes.txt'), 'not a backup');
    const cutOff = `${BackupFile.nameFor(new Date(now - 2 * 86_400_000))}.partial`;
    writeFileSync(join(backups, cutOff), 'a backup a crash cut off');

    const run = await t.post('/api/admin/jobs/database-backup/run', admin.accessToken).expect(200);
    expect(run.body.status).toBe('succeeded');
    expect(run.body.counts).toMatchObject({ taken: 1 });

    const names = await readdir(backups);
    expect(names).not.toContain(old);
    expect(names).not.toContain(cutOff);
    expect(names).toContain('notes.txt');
    // keepFiles = 3: the two taken above and the job's, whatever their age.
    const list = await t.get('/api/admin/backups', admin.accessToken).expect(200);
    expect(list.body).toHaveLength(3);
    expect(names.filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
