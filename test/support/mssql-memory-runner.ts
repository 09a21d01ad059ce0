import { DataSource, type DataSourceOptions, Table } from 'typeorm';
import type { SqlServerQueryRunner } from 'typeorm/driver/sqlserver/SqlServerQueryRunner';
import { ALL_MIGRATIONS } from '../../migrations';
import { SnakeNamingStrategy } from '../../src/database/snake-naming.strategy';

/** One statement the migrations would send, with its parameters. */
export interface CollectedStatement {
  /** the migration's name, and whether its `up` or its `down` sent the statement */
  migration: string;
  direction: 'up' | 'down';
  sql: string;
  parameters: unknown[];
}

/**
 * A data source of type mssql that is never connected: the driver is built (it loads the
 * `mssql` package) but nothing dials a server. Its query runners write SQL Server's own SQL.
 */
export function unconnectedMssql(entities: DataSourceOptions['entities'] = []): DataSource {
  return new DataSource({
    entities,
    type: 'mssql',
    host: 'sql-server.invalid',
    database: 'crm',
    username: 'never',
    password: 'never',
    namingStrategy: new SnakeNamingStrategy(),
  });
}

/**
 * Runs every migration's `up` on TypeORM's SQL Server query runner with SQL memory on, then
 * every `down` newest first (as a full rollback would), and returns the statements in order: the schema builder's DDL as the runner writes it, and the
 * data statements (reads, updates) the migrations send themselves. There is no server: the
 * runner's view of the schema is the tables the migrations created (instead of a query of
 * INFORMATION_SCHEMA), and a read answers no rows, as on a new, empty database.
 */
export async function collectMigrationSql(): Promise<CollectedStatement[]> {
  const dataSource = unconnectedMssql();
  const runner = dataSource.createQueryRunner('master') as SqlServerQueryRunner;
  const tables = new Map<string, Table>();
  const collected: CollectedStatement[] = [];
  let migration = '';
  let direction: 'up' | 'down' = 'up';
  let memorised = 0;
  const flushMemory = () => {
    for (const { query, parameters } of runner.getMemorySql().upQueries.slice(memorised)) {
      collected.push({ migration, direction, sql: query, parameters: parameters ?? [] });
    }
    memorised = runner.getMemorySql().upQueries.length;
  };
  const pathOf = (table: Table | string) => (typeof table === 'string' ? table : table.name);

  runner.enableSqlMemory();
  Object.assign(runner, {
    query: async (sql: string, parameters: unknown[] = [], structured = false) => {
      flushMemory();
      collected.push({ migration, direction, sql, parameters });
      return structured ? { records: [], raw: [], affected: 0 } : [];
    },
    loadTables: async (names: string[]) =>
      names.map((name) => tables.get(name)).filter((table): table is Table => !!table),
    hasTable: async (table: Table | string) => tables.has(pathOf(table)),
  });
  const createTable = runner.createTable.bind(runner);
  runner.createTable = async (table: Table, ...rest: [boolean?, boolean?, boolean?]) => {
    await createTable(table, ...rest);
    tables.set(table.name, table.clone());
  };
  const dropTable = runner.dropTable.bind(runner);
  runner.dropTable = async (table: Table | string, ...rest: [boolean?, boolean?, boolean?]) => {
    await dropTable(table, ...rest);
    tables.delete(pathOf(table));
  };

  const migrations = ALL_MIGRATIONS.map((Migration) => new Migration());
  for (const instance of migrations) {
    migration = instance.name ?? instance.constructor.name;
    await instance.up(runner);
    flushMemory();
  }
  direction = 'down';
  for (const instance of [...migrations].reverse()) {
    migration = instance.name ?? instance.constructor.name;
    await instance.down(runner);
    flushMemory();
  }
  return collected;
}
