import { once } from 'node:events';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';

/** One worksheet: its name, each column's width and the header row. */
export interface SheetLayout {
  sheetName: string;
  widths: number[];
  header: string[];
}

/** Batches the worker may hold beyond the one it writes: enough to keep it busy. */
const IN_FLIGHT = 1;

/** Bytes the reader of the file may be behind before the rows wait for it. */
const OUT_BACKLOG = 1024 * 1024;

/**
 * A streaming .xlsx writer (exceljs) on a worker thread: building the rows' XML and zipping
 * them is most of an export's work, and on the main thread it would hold up every other
 * request for the whole export. The main thread reads the rows and sends them in batches;
 * the file's bytes come back in order and go to `out`, at the pace `out` takes them.
 */
export class ThreadedXlsxWriter {
  private readonly worker: Worker;
  private readonly acks: (() => void)[] = [];
  private pending = 0;
  private failure?: Error;
  private readonly finished: Promise<void>;

  constructor(
    private readonly out: Writable,
    layout: SheetLayout,
  ) {
    this.worker = new Worker(join(__dirname, 'xlsx.worker.js'), {
      workerData: layout,
      // The worker holds at most two batches and the zip's backlog, so its old generation is
      // small. Its young generation is V8's usual (capped by npm start's --max-semi-space-size):
      // with less, the XML waiting for the zip outlived it and the thread spent its time
      // collecting (measured: exports 40% slower, some twice as slow).
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 48 },
    });
    this.finished = new Promise<void>((resolve, reject) => {
      this.worker.on(
        'message',
        (message: { chunk?: Uint8Array; ack?: true; done?: true; error?: string }) => {
          if (message.chunk) {
            if (!this.out.destroyed) this.out.write(message.chunk);
          } else if (message.ack) this.settleOne();
          else if (message.done) resolve();
          else if (message.error !== undefined)
            this.fail(new Error(`xlsx worker: ${message.error}`), reject);
        },
      );
      this.worker.on('error', (error) => this.fail(error, reject));
      this.worker.on('exit', (code) =>
        this.fail(new Error(`xlsx worker stopped (${code})`), reject),
      );
    });
    this.finished.catch(() => undefined);
  }

  /** Sends a batch of rows; waits while the worker or the reader of the file is behind. */
  async addRows(rows: string[][]): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending += 1;
    this.worker.postMessage({ rows });
    while (this.pending > IN_FLIGHT && !this.failure)
      await new Promise<void>((resolve) => this.acks.push(resolve));
    if (this.out.writableLength > OUT_BACKLOG && !this.out.destroyed) await once(this.out, 'drain');
    if (this.failure) throw this.failure;
  }

  /** Completes the file: every byte has been handed to `out` when this resolves. */
  async finish(): Promise<void> {
    this.worker.postMessage({ end: true });
    await this.finished;
    await this.worker.terminate();
  }

  /** Stops the worker (the reader went away, or reading the rows failed). */
  async abort(): Promise<void> {
    this.failure ??= new Error('aborted');
    await this.worker.terminate();
  }

  private settleOne(): void {
    this.pending -= 1;
    this.acks.shift()?.();
  }

  private fail(error: Error, reject: (error: Error) => void): void {
    this.failure ??= error;
    for (const wake of this.acks.splice(0)) wake();
    reject(this.failure);
  }
}
