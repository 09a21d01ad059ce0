import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DataSource, ObjectLiteral } from 'typeorm';
import type { PreparedStatement } from './prepared-statement';

/**
 * The worker's code: one read-only connection to the same SQLite file, its statements
 * prepared once. Plain JavaScript evaluated as is, so that it runs the same from src
 * (tests) and from dist.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 1000');
const statements = new Map();
parentPort.on('message', ({ id, sql, values }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 256) statements.delete(statements.keys().next().value);
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...values) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) });
  }
});
`;

/**
 * Runs reads that may take long (counting a big list, and later report queries) where they
 * cannot stall the API. better-sqlite3 answers synchronously, so a 100 ms count on the
 * event loop is 100 ms added to every other request meanwhile; here a worker thread with its
 * own read-only connection to the same file (two on a machine with cores to spare) answers it (WAL: readers see the last commit and
 * never wait for the writer). PostgreSQL and SQL Server answer asynchronously already, and
 * an in-memory SQLite database (the tests) cannot be shared with a thread: there the
 * statement simply runs on the data source.
 */
/** Read workers: as many as the machine has cores beyond the event loop's, at most two. */
const WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));

interface ReadWorker {
  thread: Worker;
  /** ids of the reads it has not answered yet */
  pending: Set<number>;
}

@Injectable()
export class OffLoopReader implements OnModuleDestroy {
  private workers: ReadWorker[] = [];
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (rows: ObjectLiteral[]) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly dataSource: DataSource) {
    const options = dataSource.options;
    if (options.type !== 'better-sqlite3' || options.database === ':memory:') return;
    for (let i = 0; i < WORKERS; i += 1) {
      const reader: ReadWorker = {
        thread: new Worker(WORKER_SOURCE, {
          eval: true,
          workerData: { file: options.database, driver: require.resolve('better-sqlite3') },
        }),
        pending: new Set(),
      };
      // The API must not wait on the workers to exit.
      reader.thread.unref();
      reader.thread.on(
        'message',
        (answer: { id: number; rows?: ObjectLiteral[]; error?: string }) => {
          reader.pending.delete(answer.id);
          this.settle(answer);
        },
      );
      reader.thread.on('error', () => undefined);
      reader.thread.on('exit', () => {
        this.workers = this.workers.filter((worker) => worker !== reader);
        for (const id of reader.pending) this.fail(id, new Error('the read worker stopped'));
      });
      this.workers.push(reader);
    }
  }

  /** The rows of a prepared SELECT, read off the event loop where the database allows. */
  async rows<Params extends ObjectLiteral, Row>(
    statement: PreparedStatement<Params, Row>,
    params: Params,
  ): Promise<Row[]> {
    // The least busy worker: a long count on one does not hold up a page on the other.
    const reader = this.workers.reduce<ReadWorker | undefined>(
      (best, worker) => (!best || worker.pending.size < best.pending.size ? worker : best),
      undefined,
    );
    if (!reader) return statement.rows(undefined, params);
    const [sql, values] = statement.bind(params);
    const id = (this.next += 1);
    const records = await new Promise<ObjectLiteral[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      reader.pending.add(id);
      reader.thread.postMessage({ id, sql, values });
    });
    return statement.fromRecords(records);
  }

  /**
   * The rows of a short read made outside any transaction, without queueing: on the event
   * loop when the embedded database's connection is free (cheapest), else from a worker,
   * which sees the last commit, as the read would have, instead of waiting behind the
   * transactions that hold the connection. Each request's session is read so: under a load
   * of writes it would otherwise wait for the queue before its own work waits again.
   */
  async rowsWithoutWaiting<Params extends ObjectLiteral, Row>(
    statement: PreparedStatement<Params, Row>,
    params: Params,
  ): Promise<Row[]> {
    return statement.rowsAtOnce(params) ?? this.rows(statement, params);
  }

  /** The first row, or null. */
  async one<Params extends ObjectLiteral, Row>(
    statement: PreparedStatement<Params, Row>,
    params: Params,
  ): Promise<Row | null> {
    return (await this.rows(statement, params))[0] ?? null;
  }

  async onModuleDestroy(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }

  private settle(answer: { id: number; rows?: ObjectLiteral[]; error?: string }): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if (answer.error !== undefined) waiting.reject(new Error(answer.error));
    else waiting.resolve(answer.rows ?? []);
  }

  private fail(id: number, error: Error): void {
    this.waiting.get(id)?.reject(error);
    this.waiting.delete(id);
  }
}
