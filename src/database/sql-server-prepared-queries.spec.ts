import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { parseTsql } from '../../test/support/tsql-check';

/**
 * The hot statements the platform prepares (PreparedQuery, PreparedQueryShapes), built for
 * SQL Server on a data source that is never connected, and parsed as T-SQL, as the
 * migrations are (sql-server-statements.spec.ts), the export's keyset page included.
 */
describe('the prepared hot statements, built for SQL Server', () => {
  const previousType = process.env.DB_TYPE;
  let source: DataSource;
  let built: { label: string; sql: string; values: unknown[] }[];

  beforeAll(async () => {
    // Entity files read the database type as they load (their column types follow it): set it
    // before this spec loads any of them.
    process.env.DB_TYPE = 'mssql';
    const { unconnectedMssql } = await import('../../test/support/mssql-memory-runner');
    const { REQUEST_SESSION } = await import('../auth/request-session.query');
    const { INSERT_AUDIT_LOG } = await import('../audit/audit-log-insert.query');
    const { COUNT_ONE_VIEW } = await import('../modules/customers/view-quota-count.query');
    const { CUSTOMER_LIST_PAGE } = await import('../modules/customers/customer-list-page.query');
    const { CUSTOMER_EXPORT_BATCH } =
      await import('../modules/customers/customer-export-batch.query');
    source = unconnectedMssql([join(__dirname, '../**/*.entity.ts')]);
    // TypeORM's own step of initialize() that needs no connection.
    await (source as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();

    const page = { page: 3, pageSize: 50 };
    const listPage = (label: string, filter: object, values: Record<string, unknown>) => {
      const [sql, bound] = CUSTOMER_LIST_PAGE.on(source, {
        filter: { ...page, ...filter },
        values,
      }).bind(values);
      return { label: `customer list: ${label}`, sql, values: bound };
    };
    const [session, sessionValues] = REQUEST_SESSION.on(source).bind({ sessionId: 7 });
    const [count, countValues] = COUNT_ONE_VIEW.on(source).bind({
      userId: 7,
      day: '2026-12-02',
      limit: 300,
    });
    const exportValues = { from0: 'zhang', to0: 'zhang\uffff', level: 'A' };
    const [exportBatch, exportBatchValues] = CUSTOMER_EXPORT_BATCH.on(source, {
      filter: { ...page },
      values: exportValues,
    }).bind({ ...exportValues, after: 250 });
    built = [
      { label: 'request session', sql: session, values: sessionValues },
      { label: 'count one view', sql: count, values: countValues },
      { label: 'audit insert', sql: INSERT_AUDIT_LOG.on(source).sql, values: [] },
      listPage('no filter', {}, {}),
      listPage(
        'search, owner, level, period, by name',
        { sort: '-name,code' },
        {
          from0: 'zhang',
          to0: 'zhang\uffff',
          from1: '138',
          to1: '138\uffff',
          ownerId: 7,
          level: 'A',
          createdFrom: new Date('2026-01-01T00:00:00Z'),
          createdTo: new Date('2026-02-01T00:00:00Z'),
        },
      ),
      listPage('deleted', { deleted: true, sort: 'createdAt' }, { category: 'student' }),
      { label: 'customer export batch', sql: exportBatch, values: exportBatchValues },
    ];
  });
  afterAll(async () => {
    if (previousType === undefined) delete process.env.DB_TYPE;
    else process.env.DB_TYPE = previousType;
  });

  it("are written in SQL Server's dialect", () => {
    expect(source.driver.options.type).toBe('mssql');
    for (const statement of built) {
      // Its placeholders, its quoting, its paging.
      expect([
        statement.label,
        /@0\b/.test(statement.sql) || statement.values.length === 0,
      ]).toEqual([statement.label, true]);
      expect([statement.label, /\$\d|`/.test(statement.sql)]).toEqual([statement.label, false]);
    }
    expect(built.find((s) => s.label === 'audit insert')?.sql).toMatch(
      /^INSERT INTO "audit_log" \(.*\) VALUES \(@0, @1/,
    );
    expect(built.find((s) => s.label.includes('no filter'))?.sql).toMatch(
      /OFFSET 100 ROWS FETCH NEXT 50 ROWS ONLY$/,
    );
  });

  it('parse as T-SQL', () => {
    const refused = built.flatMap(({ label, sql }) => {
      try {
        parseTsql(sql);
        return [];
      } catch (error) {
        return [`${label}: ${(error as Error).message.slice(0, 200)}\n  ${sql}`];
      }
    });
    expect(refused).toEqual([]);
  });
});
