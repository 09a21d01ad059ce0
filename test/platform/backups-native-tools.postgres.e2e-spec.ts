import { TestApp, type TestUser } from '../support/test-app';

/** On PostgreSQL the database's own tools make the backups (README): no job, a clear refusal. */
describe('database backups (PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it.each([
    ['GET', () => t.get('/api/admin/backups', admin.accessToken)],
    ['POST', () => t.post('/api/admin/backups', admin.accessToken)],
  ])('answers %s /api/admin/backups with 409, naming the native tools', async (_method, call) => {
    const response = await call().expect(409);
    expect(response.body.code).toBe('BACKUP_NATIVE_TOOLS');
    expect(response.body.message).toContain('pg_dump');
  });

  it('has no backup job', async () => {
    const jobs = await t.get('/api/admin/jobs', admin.accessToken).expect(200);
    expect(jobs.body.map((job: { name: string }) => job.name)).not.toContain('database-backup');
    await t.post('/api/admin/jobs/database-backup/run', admin.accessToken).expect(404);
  });
});
