import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SCRATCH_DIR } from '../../files/scratch-files';
import type { CustomerSearchTerm } from './entities/customer-search-term.entity';

/**
 * Term rows the worker keeps in memory before it sorts them and writes them out as one run:
 * ~400 KB; an import of 100,000 customers (~1.9 million rows) makes ~75 runs.
 */
const RUN_ROWS = 25_000;

/** Digits of a customer id in a row: fixed, so that rows sort as (term, id). */
const ID_DIGITS = 10;

/** Rows handed to the worker at a time, and how many such batches may wait for it. */
const ROWS_PER_MESSAGE = 5000;
const IN_FLIGHT = 4;

/** What the worker answers (import-term-runs.worker.js describes the exchange). */
type Answer =
  | { chunk: CustomerSearchTerm[] }
  | { end: true }
  | { rows: CustomerSearchTerm[] }
  | { error: string };

/**
 * The search terms of an import's customers, handed back in the index's order (term, then
 * customer) when the import ends: written in that order, each page of the index is visited
 * once for the whole import, where customer by customer every term lands on another page.
 * An external merge sort in a worker thread (import-term-runs.worker.js): sorting ~2 million
 * rows is seconds of work the event loop owes to the other requests. The worker's memory
 * holds one run; full runs wait sorted in scratch files and are merged at the end.
 */
export class ImportTermRuns {
  /** the customers whose terms these are */
  readonly customerIds: number[] = [];
  private rows: string[] = [];
  private readonly worker: Worker;
  /** the run files, removed by dispose() */
  private readonly runs: string[] = [];
  private readonly answers: Answer[] = [];
  private unacknowledged = 0;
  private failure: Error | undefined;
  private exited = false;
  private wake: (() => void) | undefined;

  /** `runRows`: rows kept in memory before a run is written out (smaller in tests). */
  constructor(runRows = RUN_ROWS) {
    this.worker = new Worker(join(__dirname, 'import-term-runs.worker.js'), {
      workerData: { dir: SCRATCH_DIR, runRows },
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
    this.worker.on('message', (message: Answer | { run: string } | { ack: true }) => {
      if ('run' in message) this.runs.push(message.run);
      else if ('ack' in message) this.unacknowledged -= 1;
      else if ('error' in message) this.failure ??= new Error(`term sort: ${message.error}`);
      else this.answers.push(message);
      this.notify();
    });
    this.worker.on('error', (error) => {
      this.failure ??= new Error(`term sort: ${error.message}`);
      this.notify();
    });
    this.worker.on('exit', () => {
      this.exited = true;
      this.failure ??= new Error('term sort: the worker stopped');
      this.notify();
    });
  }

  async add(customerId: number, terms: readonly string[]): Promise<void> {
    this.customerIds.push(customerId);
    const id = String(customerId).padStart(ID_DIGITS, '0');
    for (const term of terms) this.rows.push(`${term} ${id}`);
    if (this.rows.length >= ROWS_PER_MESSAGE) await this.send();
  }

  /** Every row added, in the index's order, `size` rows at a time. */
  async *sorted(size: number): AsyncGenerator<CustomerSearchTerm[]> {
    if (this.rows.length) await this.send();
    this.worker.postMessage({ sorted: size });
    let ended = false;
    try {
      for (;;) {
        const answer = await this.answer();
        if ('end' in answer) {
          ended = true;
          return;
        }
        if (!('chunk' in answer)) throw new Error('term sort: unexpected answer');
        this.worker.postMessage({ more: true });
        yield answer.chunk;
      }
    } finally {
      // The reader stopped early: the worker stops merging, and says so.
      if (!ended && !this.failure) {
        this.worker.postMessage({ stop: true });
        while (!('end' in (await this.answer())));
      }
    }
  }

  /** The rows of these customers (after sorted(): the runs are kept until dispose()). */
  async rowsOf(customerIds: number[]): Promise<CustomerSearchTerm[]> {
    this.worker.postMessage({ rowsOf: customerIds });
    const answer = await this.answer();
    if (!('rows' in answer)) throw new Error('term sort: unexpected answer');
    return answer.rows;
  }

  /** Removes the run files and ends the worker; safe to call more than once. */
  async dispose(): Promise<void> {
    this.rows = [];
    if (!this.exited) {
      // The worker removes the files it made, then ends.
      this.worker.postMessage({ dispose: true });
      await this.until(() => this.exited);
    }
    await Promise.all(this.runs.splice(0).map((path) => rm(path, { force: true })));
  }

  private async send(): Promise<void> {
    const rows = this.rows;
    this.rows = [];
    this.worker.postMessage({ rows });
    this.unacknowledged += 1;
    await this.until(() => this.unacknowledged <= IN_FLIGHT);
  }

  private async answer(): Promise<Answer> {
    await this.until(() => this.answers.length > 0);
    return this.answers.shift() as Answer;
  }

  /** Waits until `done()` holds; throws once the worker failed. */
  private async until(done: () => boolean): Promise<void> {
    for (;;) {
      if (done()) return;
      if (this.failure && !this.exited) throw this.failure;
      if (this.exited) {
        if (done()) return;
        throw this.failure ?? new Error('term sort: the worker stopped');
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
