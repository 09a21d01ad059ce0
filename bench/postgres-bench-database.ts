import { Client, Pool } from 'pg';
import type { BenchDatabase, RawDatabase, SeedColumnKind } from './raw-database';

const ARRAY_TYPES: Record<SeedColumnKind, string> = {
  int: 'int[]',
  text: 'text[]',
  timestamp: 'timestamp[]',
  date: 'date[]',
  bool: 'boolean[]',
};

/**
 * A PostgreSQL database of the benchmark's own, dropped and created afresh each run. The
 * connection comes from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD),
 * 127.0.0.1:5432 as postgres by default.
 */
export class PostgresBenchDatabase implements BenchDatabase {
  readonly type = 'postgres';
  private readonly host = process.env.PGHOST ?? '127.0.0.1';
  private readonly port = Number(process.env.PGPORT ?? 5432);
  private readonly user = process.env.PGUSER ?? 'postgres';
  private readonly password = process.env.PGPASSWORD;

  constructor(
    private readonly name: string,
    /** connections of the raw pool: the bare server takes TypeORM's default of 10 */
    private readonly poolSize = 4,
  ) {}

  async reset(): Promise<void> {
    const client = new Client({ ...this.connection(), database: 'postgres' });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${this.name}"`);
    } finally {
      await client.end();
    }
  }

  serverEnv(): Record<string, string> {
    return {
      DB_TYPE: 'postgres',
      DB_HOST: this.host,
      DB_PORT: String(this.port),
      DB_USER: this.user,
      DB_NAME: this.name,
      ...(this.password ? { DB_PASSWORD: this.password } : {}),
    };
  }

  async open(seeding = false): Promise<RawDatabase> {
    return new PostgresRawDatabase(
      new Pool({
        ...this.connection(),
        database: this.name,
        max: this.poolSize,
        // Foreign keys are checked by triggers, row by row; the seeded rows are consistent
        // by construction, so bulk loading skips them (the usual restore setting).
        ...(seeding ? { options: '-c session_replication_role=replica' } : {}),
      }),
    );
  }

  private connection() {
    return { host: this.host, port: this.port, user: this.user, password: this.password };
  }
}

class PostgresRawDatabase implements RawDatabase {
  /** tables written with explicit ids, whose sequences must be moved past them */
  private readonly explicitIds = new Set<string>();
  private readonly seeded = new Set<string>();

  constructor(private readonly pool: Pool) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    let n = 0;
    const result = await this.pool.query(
      sql.replace(/\?/g, () => `$${(n += 1)}`),
      params,
    );
    return result.rows as T[];
  }

  async execute(sql: string, params: unknown[] = []): Promise<void> {
    await this.query(sql, params);
  }

  /** One statement whatever the number of rows: a column of values is one array parameter. */
  async insert(
    table: string,
    columns: Record<string, SeedColumnKind>,
    rows: unknown[][],
  ): Promise<void> {
    if (rows.length === 0) return;
    const names = Object.keys(columns);
    const arrays = names.map((_, i) => rows.map((row) => row[i]));
    const unnest = names.map((name, i) => `$${i + 1}::${ARRAY_TYPES[columns[name]]}`).join(', ');
    await this.pool.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${unnest})`,
      arrays,
    );
    if (names.includes('id')) this.explicitIds.add(table);
    this.seeded.add(table);
  }

  async finishSeeding(): Promise<void> {
    for (const table of this.explicitIds) {
      await this.pool.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`,
      );
    }
    // The visibility map too, as autovacuum would leave it: index-only scans depend on it.
    for (const table of this.seeded) await this.pool.query(`VACUUM ANALYZE ${table}`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
