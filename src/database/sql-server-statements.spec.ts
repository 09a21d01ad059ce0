import { ALL_MIGRATIONS } from '../../migrations';
import {
  collectMigrationSql,
  type CollectedStatement,
} from '../../test/support/mssql-memory-runner';
import { parseTsql, TSQL_ALLOWANCES } from '../../test/support/tsql-check';

/**
 * SQL Server as far as a machine without one allows (issue 10 item 8): the SQL that TypeORM's
 * SQL Server query runner writes for our migrations, and for the statements the platform
 * prepares, must parse as T-SQL. This proves the text, not what a server does with it (types,
 * lengths, lock behaviour, collation): README.md says what stays unverified.
 */
describe('SQL Server statements, checked without a server', () => {
  let statements: CollectedStatement[];

  beforeAll(async () => {
    statements = await collectMigrationSql();
  });

  /** Each statement that is not T-SQL, with the parser's reason. */
  function refusals(list: { label: string; sql: string }[]): string[] {
    return list.flatMap(({ label, sql }) => {
      try {
        parseTsql(sql);
        return [];
      } catch (error) {
        return [`${label}: ${(error as Error).message.slice(0, 200)}\n  ${sql.slice(0, 400)}`];
      }
    });
  }

  it("collects every migration's up and down through the SQL Server query runner", () => {
    const names = ALL_MIGRATIONS.map((Migration) => new Migration().name);
    const seen = (direction: 'up' | 'down') =>
      new Set(statements.filter((s) => s.direction === direction).map((s) => s.migration));
    const up = seen('up');
    expect(names.filter((name) => !up.has(name))).toEqual([]);
    // A down that has nothing to undo (the search terms' rebuild) sends nothing.
    expect(seen('down').size).toBeGreaterThanOrEqual(names.length - 1);
    // SQL Server's own dialect, not another driver's: identity columns and nvarchar.
    expect(statements.some((s) => /IDENTITY\(1,1\)/.test(s.sql))).toBe(true);
    expect(statements.some((s) => /nvarchar\(MAX\)/.test(s.sql))).toBe(true);
  });

  it('writes migrations whose every statement parses as T-SQL', () => {
    const list = statements.map((s) => ({ label: `${s.migration} ${s.direction}`, sql: s.sql }));
    expect(refusals(list)).toEqual([]);
  });

  it('needs every allowance for valid T-SQL the parser lacks, and no other', () => {
    const used = new Set(statements.flatMap((s) => parseTsql(s.sql).used));
    expect(TSQL_ALLOWANCES.map((a) => a.name).filter((name) => !used.has(name))).toEqual([]);
  });

  it('refuses what SQL Server would refuse, so that the checks above can fail', () => {
    const foreign = [
      'SELECT "id" FROM "customer" LIMIT 10',
      'INSERT INTO "customer" ("name") VALUES (@0) RETURNING "id"',
      'INSERT INTO "tag" ("name") VALUES (@0) ON CONFLICT DO NOTHING',
      'SELECT "id" FROM "customer" WHERE "name" = $1',
      'ALTER TABLE "customer" ALTER COLUMN "name" TYPE nvarchar(50)',
      'CREATE TABLE "t" ("id" integer PRIMARY KEY AUTOINCREMENT)',
      'CREATE TABLE "t" ("at" datetime2 NOT NULL DEFAULT now())',
      'CREATE TABLE "t" ("id" int NOT NULL,)',
      'CREATE TABLE "t" ("id" int NOT NULL CONSTRAINT "DF_x" DEFAULT 0, CONSTRAINT "FK_x" FOREIGN KEY ("id") REFERENCES "u" ("id") ON DELETE RESTRICT)',
    ].map((sql) => ({ label: 'foreign', sql }));
    expect(refusals(foreign)).toHaveLength(foreign.length);
  });
});
