import { Client } from 'pg';
import type { Response } from 'supertest';
import { uniqueMobile } from '../support/customer-factory';
import { TestApp, type TestUser } from '../support/test-app';

/**
 * The database server kills the application's connections while users work (a restart, a
 * failover, an operator's pg_terminate_backend). Nothing may answer 500, everything answered
 * 2xx must be stored, and a create retried under its Idempotency-Key gets its first answer.
 * (Issue 9, item 8.)
 */
describe('killed database connections under a mixed load (PostgreSQL)', () => {
  let t: TestApp;
  let manager: TestUser;
  let admin: Client;

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.createUser('manager');
    const db = t.config.database;
    admin = new Client({
      host: db.host,
      port: db.port || 5432,
      user: db.user || 'postgres',
      database: 'postgres',
    });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
  });

  /** Kills one connection of the application's database at a time, as often as asked, until stopped. */
  function killConnections(everyMs: number): { stop: () => Promise<number> } {
    let kills = 0;
    let running = true;
    const loop = (async () => {
      while (running) {
        const killed = await admin.query(
          `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
           WHERE datname = $1 AND pid <> pg_backend_pid() ORDER BY random() LIMIT 1`,
          [t.config.database.name],
        );
        kills += killed.rowCount ?? 0;
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        return kills;
      },
    };
  }

  it('answers 503 or success, never 500; keeps every 2xx write; replays creates retried with their key', async () => {
    const seed = await t
      .post('/api/customers', manager.accessToken, { name: '已有客户', mobile: uniqueMobile() })
      .expect(201);
    type Create = { key: string; body: { name: string; mobile: string }; first?: Response };
    const creates: Create[] = [];
    const answers: Response[] = [];
    const killer = killConnections(40);
    let version = seed.body.version as number;
    let lastSavedNote: string | null = null;
    for (let round = 0; round < 12; round += 1) {
      const batch = Array.from({ length: 3 }, (_, i): Create => ({
        key: `lost-conn-${round}-${i}`,
        body: { name: `断线客户${round}${i}`, mobile: uniqueMobile() },
      }));
      creates.push(...batch);
      const note = `第${round}轮`;
      const results = await Promise.all([
        ...batch.map((create) =>
          t
            .post('/api/customers', manager.accessToken, create.body)
            .set('Idempotency-Key', create.key)
            .then((r) => (create.first = r)),
        ),
        t.get('/api/customers?pageSize=20', manager.accessToken).then((r) => r),
        t.get(`/api/customers/${seed.body.id}`, manager.accessToken).then((r) => r),
        t
          .patch(`/api/customers/${seed.body.id}`, manager.accessToken, { notes: note, version })
          .then((r) => {
            if (r.status === 200) {
              version = r.body.version;
              lastSavedNote = note;
            }
            return r;
          }),
        t.get('/api/health').then((r) => r),
      ]);
      answers.push(...results);
    }
    const kills = await killer.stop();
    expect(kills).toBeGreaterThan(0);

    const statuses = answers.map((r) => r.status);
    const failures = answers
      .filter((r) => r.status >= 500 && r.status !== 503)
      .map((r) => `${r.status} ${JSON.stringify(r.body)}`);
    expect(failures).toEqual([]);
    for (const unavailable of answers.filter((r) => r.status === 503 && r.body?.code)) {
      expect(['DATABASE_UNAVAILABLE', 'DATABASE_BUSY']).toContain(unavailable.body.code);
      expect(unavailable.headers['retry-after']).toBeDefined();
    }
    // The load did meet the kills: some requests got through, some were refused or retried.
    expect(statuses.filter((status) => status < 300).length).toBeGreaterThan(0);

    // Every create answered 201 is stored; every retry under its key gets the first answer.
    for (const create of creates) {
      const first = create.first as Response;
      const retry = await t
        .post('/api/customers', manager.accessToken, create.body)
        .set('Idempotency-Key', create.key);
      const stored = Number(
        (
          await t.dataSource.query('SELECT COUNT(*) AS n FROM customer WHERE mobile = $1', [
            create.body.mobile,
          ])
        )[0].n,
      );
      if (first.status === 201) {
        expect({ key: create.key, status: retry.status, body: retry.body }).toEqual({
          key: create.key,
          status: 201,
          body: first.body,
        });
        expect(stored).toBe(1);
      } else {
        // Refused under the kills: the retry does the work once, or says the first did it.
        expect([201, 409]).toContain(retry.status);
        if (retry.status === 409) expect(retry.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
        expect(stored).toBe(1);
      }
    }
    // The last update answered 200 is what the record holds.
    if (lastSavedNote !== null) {
      const detail = await t.get(`/api/customers/${seed.body.id}`, manager.accessToken).expect(200);
      expect(detail.body.notes).toBe(lastSavedNote);
    }
  });
});
