import type { Database } from 'better-sqlite3';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { ReplicationMode } from 'typeorm/driver/types/ReplicationMode';
import { GatedSqliteQueryRunner } from './gated-sqlite-query-runner';
import { guardPoolClients } from './guard-pool-clients';
import { ResilientPostgresQueryRunner } from './resilient-postgres-query-runner';
import { SqliteCommitGroup, type GroupConnection } from './sqlite-commit-group';
import { SqliteDirectStatements } from './sqlite-direct-statements';
import { SqliteGate } from './sqlite-gate';

const gates = new WeakMap<DataSource, SqliteGate>();
const directs = new WeakMap<DataSource, SqliteDirectStatements>();

/**
 * The data source with this project's query runners in place of the driver's own: gated
 * runners on the embedded database (one transaction at a time, a busy file waited for
 * asynchronously), runners that survive a lost connection on PostgreSQL. Every path that
 * reaches the database (repositories, query builders, transactions, migrations) asks the driver
 * for its runner, so no module has to think about either.
 */
export function createDataSource(options: DataSourceOptions, busyWaitMs: number): DataSource {
  const dataSource = new DataSource(options);
  const driver = dataSource.driver;
  if (options.type === 'better-sqlite3') {
    const group = new SqliteCommitGroup(() => groupConnection(dataSource));
    const gate = new SqliteGate(busyWaitMs, group);
    const statements = new Map<string, unknown>();
    gates.set(dataSource, gate);
    directs.set(dataSource, new SqliteDirectStatements(driver as BetterSqlite3Driver, gate));
    driver.createQueryRunner = () =>
      new GatedSqliteQueryRunner(
        driver as BetterSqlite3Driver,
        gate,
        group,
        statements,
        busyWaitMs,
      );
  } else if (options.type === 'postgres') {
    guardPoolClients(driver as PostgresDriver);
    driver.createQueryRunner = (mode: ReplicationMode) =>
      new ResilientPostgresQueryRunner(driver as PostgresDriver, mode);
  }
  return dataSource;
}

/** The embedded database's open connection, as the commit group uses it (logged as queries). */
function groupConnection(dataSource: DataSource): GroupConnection | undefined {
  const connection = (dataSource.driver as BetterSqlite3Driver).databaseConnection as
    Database | undefined;
  if (!connection?.open) return undefined;
  return {
    run: (sql) => {
      dataSource.logger.logQuery(sql);
      connection.exec(sql);
    },
    get inTransaction() {
      return connection.inTransaction;
    },
  };
}

/**
 * The gate of the embedded database's one connection (undefined on a server database), for
 * work on the raw connection that must not begin inside a request's open transaction: the
 * online backup holds it for its first step.
 */
export function sqliteGateOf(dataSource: DataSource): SqliteGate | undefined {
  return gates.get(dataSource);
}

/**
 * The hot prepared statements' way straight to the embedded database's connection, within the
 * gate's rules (undefined on a server database, or a data source made otherwise).
 */
export function sqliteDirectStatementsOf(
  dataSource: DataSource,
): SqliteDirectStatements | undefined {
  return directs.get(dataSource);
}

/** Whether the embedded database is held up by a lock of another process right now. */
export function isDatabaseBusy(dataSource: DataSource): boolean {
  return gates.get(dataSource)?.busy ?? false;
}
