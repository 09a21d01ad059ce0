import type { Database, Statement } from 'better-sqlite3';
import { QueryFailedError, type QueryRunner } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import { RequestContext } from '../../common/request-context';
import type { SqliteGate } from './sqlite-gate';

/**
 * What a statement run directly answers: a SELECT's rows (arrays in `columns`' order when
 * asked raw), or how many rows a write changed.
 */
export interface DirectResult {
  records?: unknown[];
  /** the SELECT's column names, the same array for every run of the same SQL */
  columns?: readonly string[];
  affected?: number;
}

interface Prepared {
  statement: Statement;
  columns: readonly string[];
}

/** Statements kept prepared (first in, first out): hot statements are few, shapes bounded. */
const KEPT_STATEMENTS = 512;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * The hot prepared statements (PreparedStatement) run straight on the embedded database's one
 * connection, each prepared once per SQL text: a query runner per statement (create, gate,
 * query, release, with their promises) costs more than the database's work on the reads every
 * request makes. The gate's guarantees are kept by only going direct where a runner would not
 * have waited: when nobody holds the gate (the statement runs and is done before anyone else
 * can take it, better-sqlite3 being synchronous), or inside the open transaction of the
 * runner given or of the same request. Otherwise, and when a lock of another process is met
 * (SQLITE_BUSY, before anything was changed), run() answers undefined and the caller goes
 * through a query runner, which waits. Logging is the driver's (queries, errors, slow ones),
 * errors are its QueryFailedError; with a subscriber listening to queries, always a runner.
 */
export class SqliteDirectStatements {
  private connection: Database | undefined;
  private readonly statements = new Map<string, Prepared>();

  constructor(
    private readonly driver: BetterSqlite3Driver,
    private readonly gate: SqliteGate,
  ) {}

  /**
   * Runs `sql` now, inside `runner`'s transaction when it holds one, or answers undefined
   * when it must go through a query runner. `raw` rows come as arrays (Statement.raw()).
   * `onlyIfIdle`: not when transactions wait for their group's COMMIT either (the caller has
   * another way, which does not commit them early).
   */
  run(
    runner: QueryRunner | undefined,
    sql: string,
    values: unknown[],
    raw = false,
    onlyIfIdle = false,
  ): DirectResult | undefined {
    if (onlyIfIdle ? !this.idle() : !this.mayRun(runner)) return undefined;
    const dataSource = this.driver.dataSource;
    const parameters = values.some((value) => typeof value === 'boolean')
      ? values.map((value) => (typeof value === 'boolean' ? Number(value) : value))
      : values;
    dataSource.logger.logQuery(sql, parameters);
    const started = Date.now();
    let result: DirectResult;
    try {
      const { statement, columns } = this.prepared(sql);
      result = statement.reader
        ? { records: statement.raw(raw).all(...parameters), columns }
        : { affected: statement.run(...parameters).changes };
    } catch (error) {
      if (isBusy(error)) return undefined;
      dataSource.logger.logQueryError(error as Error, sql, parameters);
      throw new QueryFailedError(sql, parameters, error as Error);
    }
    this.gate.markBusy(false);
    const slowMs = this.driver.options.maxQueryExecutionTime;
    const took = Date.now() - started;
    if (slowMs && took > slowMs) dataSource.logger.logQuerySlow(took, sql, parameters);
    return result;
  }

  /** Whether the connection is open and nobody uses it, nor waits for a COMMIT. */
  private idle(): boolean {
    const dataSource = this.driver.dataSource;
    if (!dataSource.isInitialized || !this.driver.databaseConnection) return false;
    if (dataSource.subscribers.some((one) => one.beforeQuery || one.afterQuery)) return false;
    return this.gate.idle;
  }

  /** Whether a query runner would run the statement at once, without waiting for the gate. */
  private mayRun(runner: QueryRunner | undefined): boolean {
    const dataSource = this.driver.dataSource;
    if (!dataSource.isInitialized || !this.driver.databaseConnection) return false;
    if (runner?.isReleased) return false;
    if (dataSource.subscribers.some((one) => one.beforeQuery || one.afterQuery)) return false;
    if (this.gate.freeOnceCommitted()) return true;
    return (
      (runner !== undefined && this.gate.heldBy(runner)) ||
      this.gate.joinable(RequestContext.current())
    );
  }

  private prepared(sql: string): Prepared {
    const connection = this.driver.databaseConnection as Database;
    if (connection !== this.connection) {
      // A data source closed and opened again has a new connection; the old one's are dead.
      this.statements.clear();
      this.connection = connection;
    }
    let prepared = this.statements.get(sql);
    if (!prepared) {
      const statement = connection.prepare(sql);
      const columns = statement.reader ? statement.columns().map((column) => column.name) : [];
      prepared = { statement, columns };
      if (this.statements.size >= KEPT_STATEMENTS)
        this.statements.delete(this.statements.keys().next().value as string);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }
}
