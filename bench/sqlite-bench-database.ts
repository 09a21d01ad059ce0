import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BenchDatabase, RawDatabase, SeedColumnKind } from './raw-database';

/** The SQLite file the server runs on, written directly while the server is stopped. */
export class SqliteBenchDatabase implements BenchDatabase {
  readonly type = 'sqlite';

  constructor(private readonly file: string) {}

  async reset(): Promise<void> {
    for (const suffix of ['', '-wal', '-shm']) rmSync(this.file + suffix, { force: true });
  }

  serverEnv(): Record<string, string> {
    return { DB_TYPE: 'sqlite', DB_PATH: this.file };
  }

  async open(seeding = false): Promise<RawDatabase> {
    const db = new Database(this.file);
    db.pragma('journal_mode = WAL');
    if (seeding) {
      // The server is stopped and the rows are consistent by construction: a crash means
      // seeding again, and the foreign keys need no checking row by row.
      db.pragma('synchronous = OFF');
      db.pragma('foreign_keys = OFF');
    }
    return new SqliteRawDatabase(db);
  }
}

class SqliteRawDatabase implements RawDatabase {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.statement(sql).all(...params) as T[];
  }

  async execute(sql: string, params: unknown[] = []): Promise<void> {
    this.statement(sql).run(...params);
  }

  async insert(
    table: string,
    columns: Record<string, SeedColumnKind>,
    rows: unknown[][],
  ): Promise<void> {
    const names = Object.keys(columns);
    const statement = this.statement(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    );
    // better-sqlite3 binds no booleans: SQLite keeps them as 0 and 1.
    const bools = names.map((name) => columns[name] === 'bool');
    this.db.transaction(() => {
      for (const row of rows)
        statement.run(
          ...row.map((value, i) => (bools[i] && value !== null ? Number(value) : value)),
        );
    })();
  }

  async finishSeeding(): Promise<void> {
    // Explicit ids move AUTOINCREMENT's counter themselves; only statistics are left.
    this.db.exec('ANALYZE');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
