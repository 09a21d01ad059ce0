import type { QueryResult } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import { BetterSqlite3QueryRunner } from 'typeorm/driver/better-sqlite3/BetterSqlite3QueryRunner';
import { RequestContext } from '../../common/request-context';
import { DatabaseUnavailableError } from './database-unavailable.error';
import type { SqliteCommitGroup } from './sqlite-commit-group';
import type { SqliteGate } from './sqlite-gate';

const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 200;

function isBusy(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

let savepoints = 0;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A query runner of its own for each caller, as on a server database, over the embedded
 * database's one connection. TypeORM's better-sqlite3 driver hands everybody one shared runner,
 * so that two requests' transactions nest or fail and any statement run meanwhile joins the
 * open transaction (and its rollback). Here each runner takes the gate: a transaction for its
 * whole length, a statement outside one for its own. A statement or transaction of the same
 * request (RequestContext) as the open transaction, through another runner, runs inside it
 * (a transaction as a savepoint), as it did on the shared runner: it could not wait for a
 * transaction that waits for it.
 *
 * A lock held by another process is waited for asynchronously: the driver's own busy timeout is
 * kept short (it blocks the event loop), and a statement that meets SQLITE_BUSY is tried again
 * after growing pauses until the bound, then answered 503. Transactions begin IMMEDIATE, taking
 * the write lock at BEGIN, so that the busy answer comes only where retrying is safe (BEGIN, a
 * statement outside a transaction, COMMIT) and never half-way through a transaction.
 *
 * Transactions are committed in groups (SqliteCommitGroup): one that begins while another's
 * COMMIT is still to come joins that transaction as a savepoint, and each one's COMMIT is
 * answered when the group's is done.
 */
export class GatedSqliteQueryRunner extends BetterSqlite3QueryRunner {
  /** set while this runner's transaction is a savepoint inside its request's open transaction */
  private savepoint?: string;
  /** whether this runner's transaction is a member of the commit group, begun and not ended */
  private member = false;
  /** the member's savepoint, when it joined a group another member began */
  private memberSavepoint?: string;

  constructor(
    driver: BetterSqlite3Driver,
    private readonly gate: SqliteGate,
    private readonly group: SqliteCommitGroup,
    /** prepared statements, shared by all runners of the connection they belong to */
    statements: Map<string, unknown>,
    private readonly busyWaitMs: number,
  ) {
    super(driver);
    // The driver's statement cache (first in, first out) is kept per runner: share one.
    Object.assign(this, { stmtCache: statements });
  }

  // TypeORM's own signature, whose result's shape depends on useStructuredResult.
  override async query(
    query: string,
    parameters?: unknown[],
    useStructuredResult = false,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<any> {
    if (query === 'BEGIN TRANSACTION') return this.begin();
    if (query === 'COMMIT' && this.transactionDepth === 1) return this.commitMember();
    if (query === 'ROLLBACK' && this.transactionDepth === 1) return this.rollbackMember();
    // Inside an open transaction the gate is ours until COMMIT or ROLLBACK, lock or not; a
    // statement of the same request as the open transaction runs inside it.
    if (this.gate.heldBy(this) || this.gate.joinable(RequestContext.current())) {
      return this.patiently(query, parameters, useStructuredResult);
    }
    // A statement of its own: no transaction is open on the connection while it waits for a
    // lock, so the gate is given back meanwhile and other requests' reads go on.
    const started = Date.now();
    for (let wait = FIRST_PAUSE_MS; ; wait = Math.min(wait * 2, LONGEST_PAUSE_MS)) {
      const waiting = this.gate.acquire(this);
      if (waiting) await waiting;
      try {
        const result: unknown = await super.query(query, parameters, useStructuredResult);
        this.gate.markBusy(false);
        return result;
      } catch (error) {
        if (!isBusy(error)) throw error;
        this.gate.markBusy(true);
        if (Date.now() - started + wait > this.busyWaitMs) throw this.busyError();
      } finally {
        this.gate.release(this);
      }
      await pause(wait);
    }
  }

  /**
   * The transaction's BEGIN: a savepoint within the commit group's open transaction, or a
   * transaction of its own, begun IMMEDIATE. Waiting out another process's lock, the gate is
   * given back meanwhile (nothing is open yet) and taken again.
   */
  private async begin(): Promise<void> {
    const started = Date.now();
    for (let wait = FIRST_PAUSE_MS; ; wait = Math.min(wait * 2, LONGEST_PAUSE_MS)) {
      if (!this.gate.heldBy(this)) {
        const waiting = this.gate.acquire(this, true);
        if (waiting) await waiting;
      }
      if (this.group.isOpen) {
        const name = this.group.nextSavepoint();
        await super.query(`SAVEPOINT ${name}`);
        this.memberSavepoint = name;
        this.member = true;
        this.group.started();
        return;
      }
      try {
        await super.query('BEGIN IMMEDIATE TRANSACTION');
        this.gate.markBusy(false);
        this.memberSavepoint = undefined;
        this.member = true;
        this.group.started();
        return;
      } catch (error) {
        if (!isBusy(error)) throw error;
        this.gate.markBusy(true);
        this.gate.release(this);
        if (Date.now() - started + wait > this.busyWaitMs) throw this.busyError();
      }
      await pause(wait);
    }
  }

  /**
   * The transaction's COMMIT: its work kept within the group (its savepoint released), the
   * gate handed on, and the answer once the group's COMMIT is done.
   */
  private async commitMember(): Promise<void> {
    // Not a member: its group's COMMIT failed, and TypeORM tries again; nothing is open.
    if (!this.member) throw this.busyError();
    if (this.memberSavepoint) await super.query(`RELEASE SAVEPOINT ${this.memberSavepoint}`);
    this.member = false;
    this.memberSavepoint = undefined;
    const committed = this.group.done();
    this.gate.release(this);
    await committed;
  }

  /** The transaction's ROLLBACK: its own work undone, the other members' kept. */
  private async rollbackMember(): Promise<void> {
    // Not a member: its group's COMMIT failed and rolled everything back already.
    if (!this.member) return;
    const savepoint = this.memberSavepoint;
    this.member = false;
    this.memberSavepoint = undefined;
    try {
      if (!savepoint) await super.query('ROLLBACK');
      else {
        await super.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        await super.query(`RELEASE SAVEPOINT ${savepoint}`);
      }
    } catch (error) {
      // SQLite ended the whole transaction by itself on some failures: undone all the same.
      if (this.group.connectionInTransaction()) throw error;
    } finally {
      this.group.undone();
    }
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<void> {
    const outermost = !this.isTransactionActive;
    const flow = RequestContext.current();
    if (outermost && this.gate.joinable(flow)) return this.startWithin();
    if (outermost) {
      const waiting = this.gate.acquire(this, true);
      if (waiting) await waiting;
    }
    try {
      await super.startTransaction(isolationLevel);
      if (outermost) this.gate.holdForTransaction(this, flow);
    } catch (error) {
      if (outermost) {
        // BEGIN failed (busy past the bound): no transaction is open, whatever TypeORM noted.
        this.isTransactionActive = false;
        this.transactionDepth = 0;
        this.gate.release(this);
      }
      throw error;
    }
  }

  override async commitTransaction(): Promise<void> {
    if (this.savepoint && this.transactionDepth === 1) return this.endWithin('commit');
    await super.commitTransaction();
    if (!this.isTransactionActive) this.gate.release(this);
  }

  override async rollbackTransaction(): Promise<void> {
    if (this.savepoint && this.transactionDepth === 1) return this.endWithin('rollback');
    const outermost = this.transactionDepth <= 1;
    try {
      await super.rollbackTransaction();
    } catch (error) {
      // SQLite ends a transaction by itself on some failures; ROLLBACK then finds none open.
      if (outermost) {
        this.isTransactionActive = false;
        this.transactionDepth = 0;
      }
      throw error;
    } finally {
      if (!this.isTransactionActive) this.gate.release(this);
    }
  }

  override async release(): Promise<void> {
    // A runner given back with its transaction open would keep the gate, and everyone out.
    if (this.isTransactionActive) await this.rollbackTransaction().catch(() => undefined);
    this.gate.release(this);
    return super.release();
  }

  /**
   * A transaction begun by the request that already has one open on the connection, through
   * another runner (a service that opens its own transaction, called from inside another's):
   * a savepoint within it, as a nested transaction of the same runner would be.
   */
  private async startWithin(): Promise<void> {
    this.savepoint = `gate_savepoint_${(savepoints += 1)}`;
    await this.query(`SAVEPOINT ${this.savepoint}`);
    this.isTransactionActive = true;
    this.transactionDepth = 1;
  }

  private async endWithin(outcome: 'commit' | 'rollback'): Promise<void> {
    const name = this.savepoint as string;
    this.savepoint = undefined;
    this.isTransactionActive = false;
    this.transactionDepth = 0;
    if (outcome === 'rollback') await this.query(`ROLLBACK TO SAVEPOINT ${name}`);
    await this.query(`RELEASE SAVEPOINT ${name}`);
  }

  /** Runs a statement of an open transaction, keeping the gate while a lock is waited out. */
  private async patiently(
    sql: string,
    parameters: unknown[] | undefined,
    structured: boolean,
  ): Promise<QueryResult | unknown> {
    const started = Date.now();
    for (let wait = FIRST_PAUSE_MS; ; wait = Math.min(wait * 2, LONGEST_PAUSE_MS)) {
      try {
        const result: unknown = await super.query(sql, parameters, structured);
        this.gate.markBusy(false);
        return result;
      } catch (error) {
        if (!isBusy(error)) throw error;
        this.gate.markBusy(true);
        if (Date.now() - started + wait > this.busyWaitMs) throw this.busyError();
        await pause(wait);
      }
    }
  }

  private busyError(): DatabaseUnavailableError {
    return new DatabaseUnavailableError('busy', Math.max(1, Math.ceil(this.busyWaitMs / 1000)));
  }
}
