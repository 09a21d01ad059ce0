import { TestApp } from '../support/test-app';

describe('database schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('is built by the migrations exactly as the entities describe it', async () => {
    const pending = await t.dataSource.showMigrations();
    expect(pending).toBe(false);
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('runs every migration down and up again', async () => {
    const count = t.dataSource.migrations.length;
    for (let i = 0; i < count; i += 1) await t.dataSource.undoLastMigration();
    expect(await t.dataSource.query('SELECT COUNT(*) AS n FROM migrations')).toEqual([
      { n: expect.anything() },
    ]);
    await t.dataSource.runMigrations();
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries).toEqual([]);
  });
});
