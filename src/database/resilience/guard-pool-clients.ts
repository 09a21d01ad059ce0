import type { EventEmitter } from 'node:events';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

type PgModule = { Pool: new (options: unknown) => EventEmitter };

/**
 * Makes every client of the driver's pool listen to its own 'error' event. A killed connection
 * says so twice: the failing statement's error, which is acted on, and an 'error' event that
 * can come after the client was given back and lost TypeORM's listener; unheard, that event
 * would end the process.
 */
export function guardPoolClients(driver: PostgresDriver): void {
  const pg = (driver as unknown as { postgres: PgModule }).postgres;
  class GuardedPool extends pg.Pool {
    constructor(options: unknown) {
      super(options);
      this.on('connect', (client: EventEmitter) => client.on('error', () => undefined));
    }
  }
  (driver as unknown as { postgres: PgModule }).postgres = Object.create(pg, {
    Pool: { value: GuardedPool },
  }) as PgModule;
}
