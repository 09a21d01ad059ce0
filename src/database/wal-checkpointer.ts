import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import { DataSource } from 'typeorm';

/** How often the worker copies the write-ahead log back into the database file. */
const EVERY_MS = 500;

/**
 * The worker: its own connection to the file, which checkpoints PASSIVE (never waiting for,
 * nor holding up, a reader or the writer) every EVERY_MS, and once more when asked.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const checkpoint = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    return { log: result.log, checkpointed: result.checkpointed };
  } catch (error) {
    return { error: String(error && error.message) };
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', ({ id, stop }) => {
  const result = checkpoint();
  if (stop) {
    clearInterval(timer);
    db.close();
  }
  parentPort.postMessage({ id, ...result });
});
`;

/** What a checkpoint did: frames in the log, and how many of them are in the file now. */
export interface CheckpointResult {
  log: number;
  checkpointed: number;
}

/**
 * Keeps the embedded database's checkpoints off the event loop. In WAL mode SQLite copies
 * the log back into the file (a checkpoint) inside whichever commit crosses 1,000 pages:
 * that commit, on the one connection every request shares, then writes megabytes at random
 * places while everybody waits (an import's commits each paid it). Here the main connection
 * never checkpoints; a worker thread with its own connection does, twice a second, without
 * taking a lock anybody waits for. If the worker ever stops, the connection goes back to
 * checkpointing itself, so the log cannot grow without end. PostgreSQL, SQL Server and an
 * in-memory database need none of this.
 */
@Injectable()
export class WalCheckpointer implements OnModuleInit, OnModuleDestroy {
  private worker?: Worker;
  private next = 0;
  private readonly waiting = new Map<number, (result: CheckpointResult) => void>();

  constructor(private readonly dataSource: DataSource) {}

  /** Starts checkpointing in the worker, once the data source is up. */
  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options;
    if (options.type !== 'better-sqlite3' || options.database === ':memory:') return;
    await this.dataSource.query('PRAGMA wal_autocheckpoint = 0');
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file: options.database,
        driver: require.resolve('better-sqlite3'),
        everyMs: EVERY_MS,
      },
    });
    worker.unref();
    worker.on('message', (answer: CheckpointResult & { id: number }) => {
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      // Back to SQLite's own checkpoints rather than a log that only grows.
      if (this.dataSource.isInitialized)
        void this.dataSource.query('PRAGMA wal_autocheckpoint = 1000').catch(() => undefined);
    });
    worker.on('error', () => undefined);
    this.worker = worker;
  }

  /** Checkpoints now (and answers what it did); null when there is no worker. */
  checkpoint(stop = false): Promise<CheckpointResult | null> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(null);
    const id = (this.next += 1);
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ id, stop });
    });
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await this.checkpoint(true);
    this.worker = undefined;
    await worker.terminate();
  }
}
