import { RequestContext } from '../../common/request-context';
import { DatabaseUnavailableError } from './database-unavailable.error';

/** At most this many transactions share one commit. */
const MOST_MEMBERS = 64;

interface Waiting {
  committed: () => void;
  failed: (error: unknown) => void;
}

/** What the group needs of the embedded database's one connection. */
export interface GroupConnection {
  /** runs a statement at once (better-sqlite3 is synchronous), logged as the driver logs */
  run(sql: string): void;
  /** whether a transaction is open on the connection (SQLite may end one by itself) */
  readonly inTransaction: boolean;
}

/**
 * Transactions on the embedded database committed together (group commit). Transactions run
 * one at a time (SqliteGate), and each used to end in its own COMMIT, which writes to the log
 * every page the transaction changed: payments, for instance, each appended about twenty pages,
 * most of them the same few (the ends of the ledger, of the audit log, of their indexes), and
 * the work of committing, logging and checkpointing them was most of a payment's cost. Here a
 * transaction that ends while nobody else is at work leaves the shared transaction open: the
 * next one to begin in the same round of the event loop joins it as a savepoint, and the round
 * ends with one COMMIT for all. Each caller's commit is answered only once that COMMIT is
 * done, so nobody is told their work is kept before it is, and a transaction that fails rolls
 * back to its own savepoint, undoing its own work only.
 *
 * Should the shared transaction itself be lost (the COMMIT fails, or SQLite ends it by itself
 * on a full disk or an I/O error), every member still waiting is answered 503: nothing of any
 * of them was kept, and each may be tried again (money writes carry their Idempotency-Key).
 * Anybody else who needs the connection (a statement outside a transaction, a backup) has the
 * open group committed first, so nothing outside a transaction ever runs inside one.
 */
export class SqliteCommitGroup {
  /** the shared transaction is begun and not yet committed */
  private open = false;
  /** a member is between its start and its end: the COMMIT waits for it */
  private working = false;
  private waiting: Waiting[] = [];
  private commitAsked = false;
  private scheduled = false;
  private savepoints = 0;

  constructor(private readonly connection: () => GroupConnection | undefined) {}

  /**
   * Whether the shared transaction is open: a transaction beginning now joins it (as a
   * savepoint), and anybody else has it committed first.
   */
  get isOpen(): boolean {
    return this.open;
  }

  /** Whether a transaction is open on the connection now. */
  connectionInTransaction(): boolean {
    return this.connection()?.inTransaction ?? false;
  }

  /** A name for the savepoint of a member joining the open transaction. */
  nextSavepoint(): string {
    this.savepoints += 1;
    return `group_member_${this.savepoints}`;
  }

  /** A member began: the shared transaction's BEGIN, or its savepoint within it, ran. */
  started(): void {
    this.open = true;
    this.working = true;
  }

  /**
   * A member's work is done and kept (its savepoint released): settles once the shared
   * transaction is committed, or fails with it.
   */
  done(): Promise<void> {
    this.working = false;
    if (!this.connection()?.inTransaction) {
      // SQLite ended the transaction by itself: this member's work is gone with the others'.
      this.lost();
      return Promise.reject(this.unavailable());
    }
    const committed = new Promise<void>((resolve, reject) =>
      this.waiting.push({ committed: resolve, failed: reject }),
    );
    if (this.commitAsked || this.waiting.length >= MOST_MEMBERS) this.commit();
    else if (!this.scheduled) {
      this.scheduled = true;
      // Committed for every member of the round, so outside any request.
      RequestContext.outside(() =>
        setImmediate(() => {
          this.scheduled = false;
          this.commit();
        }),
      );
    }
    return committed;
  }

  /**
   * A member's work was undone (rolled back to its savepoint, or the whole transaction when it
   * was the first). The others' work stands, unless SQLite ended the transaction by itself.
   */
  undone(): void {
    this.working = false;
    if (!this.connection()?.inTransaction) this.lost();
    // With nobody waiting there is nothing to keep waiting for.
    else if (this.commitAsked || this.waiting.length === 0) this.commit();
  }

  /**
   * Commits the open transaction now, for all who wait; when a member is at work, as soon as
   * it ends. Nothing to do when none is open.
   */
  commit(): void {
    if (!this.open) return;
    if (this.working) {
      this.commitAsked = true;
      return;
    }
    const members = this.waiting;
    this.waiting = [];
    this.open = false;
    this.commitAsked = false;
    const connection = this.connection();
    try {
      if (!connection) throw this.unavailable();
      connection.run('COMMIT');
    } catch {
      if (connection?.inTransaction) {
        try {
          connection.run('ROLLBACK');
        } catch {
          // Ended all the same: SQLite rolls back what it could not commit.
        }
      }
      for (const member of members) member.failed(this.unavailable());
      return;
    }
    for (const member of members) member.committed();
  }

  /** The shared transaction is gone: every member waiting for its COMMIT has lost its work. */
  private lost(): void {
    const members = this.waiting;
    this.waiting = [];
    this.open = false;
    this.commitAsked = false;
    for (const member of members) member.failed(this.unavailable());
  }

  private unavailable(): DatabaseUnavailableError {
    return new DatabaseUnavailableError('busy', 1);
  }
}
