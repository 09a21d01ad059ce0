import type { Database } from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import { sqliteGateOf } from '../database/resilience/create-data-source';

/** Pages copied per step (4 KiB each: 256 KiB); between steps the event loop serves requests. */
const PAGES_PER_STEP = 64;

/**
 * Copies the live embedded database to `destination` with SQLite's online backup API
 * (better-sqlite3's `backup`), on the server's own connection, while requests go on. The copy
 * goes a few pages per step; a write made on this connection meanwhile is carried into the
 * copy by SQLite itself, so the finished file is the database as it stood at the last step,
 * committed transactions only. A step that meets an open transaction (they begin IMMEDIATE,
 * holding the write lock) is tried again on the next turn.
 *
 * The first step is taken holding the connection's gate (SqliteGate), between transactions:
 * if it met an open one, SQLite would not yet know the database's size and better-sqlite3
 * would take the backup as finished, empty. Every later step is too when the gate is free as
 * the step before ends: transactions are committed in groups at the end of a turn of the event
 * loop, just after the step would run, so without it every step could meet one still open.
 */
export async function onlineBackup(dataSource: DataSource, destination: string): Promise<void> {
  const database = (dataSource.driver as BetterSqlite3Driver).databaseConnection as Database;
  const gate = sqliteGateOf(dataSource);
  const owner = {};
  const waiting = gate?.acquire(owner);
  if (waiting) await waiting;
  let held = gate !== undefined;
  const release = () => {
    if (held) gate?.release(owner);
    held = false;
  };
  try {
    await database.backup(destination, {
      progress: () => {
        release();
        held = gate?.tryAcquire(owner) ?? false;
        return PAGES_PER_STEP;
      },
    });
  } finally {
    release();
  }
}
