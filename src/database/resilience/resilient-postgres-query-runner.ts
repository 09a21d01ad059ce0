import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { ReplicationMode } from 'typeorm/driver/types/ReplicationMode';
import { isConnectionLost } from './connection-lost';
import { DatabaseUnavailableError } from './database-unavailable.error';

/** TypeORM's own (private) way to give a client back to the pool, with the error that broke it. */
interface BrokenConnectionRelease {
  releasePostgresConnection(error: Error): Promise<void>;
}

/** A statement that only reads: running it again can change nothing. */
const READ_ONLY =
  /^\s*(SELECT|WITH)\b(?![\s\S]*\b(INSERT|UPDATE|DELETE|FOR\s+UPDATE|FOR\s+SHARE)\b)/i;

/**
 * A query runner that survives a lost connection where that is safe. A connection killed or
 * dropped under a read outside a transaction is replaced and the read is tried once more; any
 * other statement met by a lost connection fails as DatabaseUnavailableError (503), because
 * whether it was carried out is unknown (creates are made safe to retry by Idempotency-Key).
 * A runner whose connection died between statements takes a new one for the next, instead of
 * failing every later statement with QueryRunnerAlreadyReleasedError.
 */
export class ResilientPostgresQueryRunner extends PostgresQueryRunner {
  /** given back by its user; released otherwise means the connection broke under it */
  private releasedByUser = false;

  constructor(driver: PostgresDriver, mode: ReplicationMode) {
    super(driver, mode);
  }

  override async release(): Promise<void> {
    this.releasedByUser = true;
    return super.release();
  }

  // TypeORM's own signature, whose result's shape depends on useStructuredResult.
  override async query(
    query: string,
    parameters?: unknown[],
    useStructuredResult = false,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<any> {
    const retryable = !this.isTransactionActive && READ_ONLY.test(query);
    for (let attempt = 1; ; attempt += 1) {
      if (this.isReleased && !this.releasedByUser && !this.isTransactionActive) this.reconnect();
      try {
        return (await super.query(query, parameters, useStructuredResult)) as unknown;
      } catch (error) {
        if (!isConnectionLost(error)) throw error;
        // Give the broken client back with its error, so that the pool destroys it.
        await (this as unknown as BrokenConnectionRelease).releasePostgresConnection(
          error as Error,
        );
        if (retryable && attempt === 1) continue;
        throw new DatabaseUnavailableError('connection_lost', 2);
      }
    }
  }

  /** Forgets the dead connection, so that the next statement asks the pool for a new one. */
  private reconnect(): void {
    this.isReleased = false;
    this.databaseConnection = undefined;
    (
      this as unknown as { databaseConnectionPromise?: Promise<unknown> }
    ).databaseConnectionPromise = undefined;
  }
}
