import { DatabaseUnavailableError } from './database-unavailable.error';
import type { SqliteCommitGroup } from './sqlite-commit-group';

/** A waiting statement reports the lock again at least this often (its longest pause is shorter). */
const BUSY_MEMORY_MS = 1000;

interface Waiter {
  owner: object;
  /** it begins a transaction, which may join the open commit group */
  joining: boolean;
  grant: () => void;
  timer: NodeJS.Timeout;
}

/**
 * One holder at a time for the embedded database's single connection. A transaction holds the
 * gate from BEGIN to COMMIT or ROLLBACK, so that no other request's statement runs inside it
 * (and is undone by its rollback); a statement outside a transaction holds it for its own
 * length. Waiters are served first come, first served; one who waits longer than the
 * request's bound is refused with 503 (DatabaseUnavailableError) instead of queueing forever.
 *
 * Transactions that ended may still wait for their shared COMMIT (SqliteCommitGroup): the gate
 * goes from one to the next transaction without it, but to anybody else only once it is done.
 */
export class SqliteGate {
  private holder: object | null = null;
  /** the request (or job run) whose transaction holds the gate, if one does */
  private transactionFlow: object | undefined;
  private readonly waiters: Waiter[] = [];
  /** when a statement last met a lock held by another process, unless one got through since */
  private busyAt: number | null = null;

  constructor(
    private readonly waitMs: number,
    private readonly group?: SqliteCommitGroup,
  ) {}

  /**
   * Whether nobody holds the gate nor waits for it: a statement may run at once, outside any
   * transaction, once the open commit group (if any) is committed, which this does.
   */
  freeOnceCommitted(): boolean {
    if (this.holder !== null || this.waiters.length > 0) return false;
    this.group?.commit();
    return true;
  }

  /**
   * Whether a statement may run at once outside any transaction and without committing the
   * open commit group: nobody holds the gate nor waits for it, and no group waits for its COMMIT.
   */
  get idle(): boolean {
    return this.holder === null && this.waiters.length === 0 && !this.group?.isOpen;
  }

  /** Whether `owner` holds the gate now. */
  heldBy(owner: object): boolean {
    return this.holder === owner;
  }

  /**
   * Takes the gate for `owner`: at once (no promise) when it is free, else when the holders
   * before it are done, or a DatabaseUnavailableError past the bound. `joining`: the owner
   * begins a transaction, which joins the open commit group rather than wait for its COMMIT.
   */
  acquire(owner: object, joining = false): Promise<void> | undefined {
    if (this.holder === null && this.waiters.length === 0) {
      if (!joining) this.group?.commit();
      this.holder = owner;
      return undefined;
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        owner,
        joining,
        grant: resolve,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new DatabaseUnavailableError('busy', Math.max(1, Math.ceil(this.waitMs / 1000))));
        }, this.waitMs),
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * Takes the gate for `owner` if it is free (committing the open commit group first), without
   * waiting: whether it did.
   */
  tryAcquire(owner: object): boolean {
    if (this.holder !== null || this.waiters.length > 0) return false;
    this.group?.commit();
    this.holder = owner;
    return true;
  }

  release(owner: object): void {
    if (this.holder !== owner) return;
    this.transactionFlow = undefined;
    const next = this.waiters.shift();
    this.holder = next?.owner ?? null;
    if (next && !next.joining) this.group?.commit();
    if (next) {
      clearTimeout(next.timer);
      next.grant();
    }
  }

  /** The holder has begun a transaction on behalf of `flow` (RequestContext's store). */
  holdForTransaction(owner: object, flow: object | undefined): void {
    if (this.holder === owner) this.transactionFlow = flow;
  }

  /**
   * Whether a statement of `flow` may run inside the open transaction: it comes from the same
   * request (or job run) as the transaction, e.g. a lookup through another service's
   * repository in the middle of the request's own transaction. On one connection it could
   * only run there or wait for a transaction that waits for it.
   */
  joinable(flow: object | undefined): boolean {
    return flow !== undefined && this.holder !== null && this.transactionFlow === flow;
  }

  /** A statement reports that it met a lock another process holds (or that it got through). */
  markBusy(busy: boolean): void {
    this.busyAt = busy ? Date.now() : null;
  }

  /** Whether statements are held up by a lock of another process (seen in the last moment). */
  get busy(): boolean {
    return this.busyAt !== null && Date.now() - this.busyAt < BUSY_MEMORY_MS;
  }
}
