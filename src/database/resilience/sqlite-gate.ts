import { DatabaseUnavailableError } from './database-unavailable.error';

/** A waiting statement reports the lock again at least this often (its longest pause is shorter). */
const BUSY_MEMORY_MS = 1000;

interface Waiter {
  owner: object;
  grant: () => void;
  timer: NodeJS.Timeout;
}

/**
 * One holder at a time for the embedded database's single connection. A transaction holds the
 * gate from BEGIN to COMMIT or ROLLBACK, so that no other request's statement runs inside it
 * (and is undone by its rollback); a statement outside a transaction holds it for its own
 * length. Waiters are served first come, first served; one who waits longer than the
 * request's bound is refused with 503 (DatabaseUnavailableError) instead of queueing forever.
 */
export class SqliteGate {
  private holder: object | null = null;
  /** the request (or job run) whose transaction holds the gate, if one does */
  private transactionFlow: object | undefined;
  private readonly waiters: Waiter[] = [];
  /** when a statement last met a lock held by another process, unless one got through since */
  private busyAt: number | null = null;

  constructor(private readonly waitMs: number) {}

  /** Whether nobody holds the gate nor waits for it: a statement may run at once. */
  get free(): boolean {
    return this.holder === null && this.waiters.length === 0;
  }

  /** Whether `owner` holds the gate now. */
  heldBy(owner: object): boolean {
    return this.holder === owner;
  }

  /**
   * Takes the gate for `owner`: at once (no promise) when it is free, else when the holders
   * before it are done, or a DatabaseUnavailableError past the bound.
   */
  acquire(owner: object): Promise<void> | undefined {
    if (this.holder === null && this.waiters.length === 0) {
      this.holder = owner;
      return undefined;
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        owner,
        grant: resolve,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new DatabaseUnavailableError('busy', Math.max(1, Math.ceil(this.waitMs / 1000))));
        }, this.waitMs),
      };
      this.waiters.push(waiter);
    });
  }

  release(owner: object): void {
    if (this.holder !== owner) return;
    this.transactionFlow = undefined;
    const next = this.waiters.shift();
    this.holder = next?.owner ?? null;
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
