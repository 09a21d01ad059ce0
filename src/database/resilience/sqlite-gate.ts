import { DatabaseUnavailableError } from './database-unavailable.error';

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
  private readonly waiters: Waiter[] = [];
  /** when the current holder started waiting on a lock held by another process, if it is */
  private busySince: number | null = null;

  constructor(private readonly waitMs: number) {}

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
    this.busySince = null;
    const next = this.waiters.shift();
    this.holder = next?.owner ?? null;
    if (next) {
      clearTimeout(next.timer);
      next.grant();
    }
  }

  /** The holder reports that it waits for a lock another process holds (or no longer does). */
  markBusy(busy: boolean): void {
    this.busySince = busy ? (this.busySince ?? Date.now()) : null;
  }

  /** Whether requests are held up by a lock of another process right now. */
  get busy(): boolean {
    return this.busySince !== null;
  }
}
