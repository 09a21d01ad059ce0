import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** What the worker (xlsx-rows.worker.js) sends: rows, then how the file ended. */
export type XlsxRowsMessage =
  | { rows: [number, string[]][] }
  | { done: true; sheets: number }
  | { tooManyColumns: true }
  | { unreadable: true };

/** Rows handed over at a time. */
const BATCH_ROWS = 500;

/**
 * The rows of an .xlsx's first worksheet, read in a worker thread: parsing the file is the
 * thread's work, so that an import leaves the event loop to the other requests. The worker
 * reads at most two batches ahead of what was taken (next()), so memory stays bounded.
 */
export class XlsxRowsThread {
  private readonly worker: Worker;
  private readonly inbox: XlsxRowsMessage[] = [];
  private wake: (() => void) | undefined;

  constructor(path: string, maxColumns: number) {
    this.worker = new Worker(join(__dirname, 'xlsx-rows.worker.js'), {
      workerData: { path, maxColumns, batchRows: BATCH_ROWS },
      // The shared strings it keeps are bounded by the guard (maxSharedStringChars).
      resourceLimits: { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 },
    });
    this.worker.on('message', (message: XlsxRowsMessage) => this.deliver(message));
    // A crash (out of memory on a hostile file) or an early exit: the file is unreadable.
    this.worker.on('error', () => this.deliver({ unreadable: true }));
    this.worker.on('exit', () => this.deliver({ unreadable: true }));
  }

  /** The next message; a batch of rows taken lets the worker read one more. */
  async next(): Promise<XlsxRowsMessage> {
    while (!this.inbox.length) await new Promise<void>((resolve) => (this.wake = resolve));
    const message = this.inbox.shift() as XlsxRowsMessage;
    if ('rows' in message) this.worker.postMessage({ more: true });
    return message;
  }

  /** Ends the worker, whether it finished or not. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private deliver(message: XlsxRowsMessage): void {
    this.inbox.push(message);
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
