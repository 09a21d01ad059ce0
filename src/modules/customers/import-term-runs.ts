import { writeFile } from 'node:fs/promises';
import { scratchFile, type ScratchFile } from '../../files/scratch-files';
import type { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { RunSource } from './import-term-run-source';

/**
 * Term rows kept in memory before they are sorted and written out as one run. Sorting holds
 * the event loop (~2 ms per 1,000 rows): 25,000 keep that under ~60 ms; an import of
 * 100,000 customers (~1.9 million rows) makes ~75 runs.
 */
const RUN_ROWS = 25_000;

/** Digits of a customer id in a run's line: fixed, so that lines sort as (term, id). */
const ID_DIGITS = 10;

/**
 * The search terms of an import's customers, handed back in the index's order (term, then
 * customer) when the import ends: written in that order, each page of the index is visited
 * once for the whole import, where customer by customer every term lands on another page.
 * An external merge sort: memory holds one run of RUN_ROWS rows; full runs wait sorted in
 * scratch files and are merged at the end. A row is one line, `term 0000000042`: terms are
 * [0-9a-z] and the id has fixed digits, so plain string order is the index's order, and a
 * run is an array of strings, not of objects (sorted several times faster, less to collect).
 */
export class ImportTermRuns {
  private rows: string[] = [];
  private readonly runs: ScratchFile[] = [];
  /** the customers whose terms these are */
  readonly customerIds: number[] = [];

  /** `runRows`: rows kept in memory before a run is written out (smaller in tests). */
  constructor(private readonly runRows = RUN_ROWS) {}

  async add(customerId: number, terms: readonly string[]): Promise<void> {
    this.customerIds.push(customerId);
    const id = String(customerId).padStart(ID_DIGITS, '0');
    for (const term of terms) this.rows.push(`${term} ${id}`);
    if (this.rows.length >= this.runRows) await this.spill();
  }

  /** Every row added, in the index's order, `size` rows at a time. */
  async *sorted(size: number): AsyncGenerator<CustomerSearchTerm[]> {
    const sources = [RunSource.inMemory(this.rows.sort())];
    try {
      for (const run of this.runs) sources.push(await RunSource.open(run.path));
      yield* merge(sources, size);
    } finally {
      // Closes the files when the reader stops early.
      await Promise.all(sources.map((source) => source.close()));
    }
  }

  /** Removes the scratch files; safe to call more than once. */
  async dispose(): Promise<void> {
    this.rows = [];
    await Promise.all(this.runs.splice(0).map((run) => run.remove()));
  }

  private async spill(): Promise<void> {
    const rows = this.rows.sort();
    this.rows = [];
    const run = await scratchFile('.terms');
    this.runs.push(run);
    await writeFile(run.path, rows.join('\n') + '\n', { mode: 0o600 });
  }
}

/**
 * The rows of sorted sources in one order: a heap of the sources by their current row. Rows
 * come from blocks already read, so that the loop waits only when a source needs its next
 * block (the terms of 100,000 customers are ~2 million rows).
 */
async function* merge(sources: RunSource[], size: number): AsyncGenerator<CustomerSearchTerm[]> {
  const heads: RunSource[] = [];
  for (const source of sources) if (await source.advance()) push(heads, source);
  let chunk: CustomerSearchTerm[] = [];
  while (heads.length) {
    const head = heads[0];
    chunk.push(parse(head.line));
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
    if (head.step() || (await head.advance())) siftDown(heads, 0);
    else {
      const last = heads.pop() as RunSource;
      if (heads.length) {
        heads[0] = last;
        siftDown(heads, 0);
      }
    }
  }
  if (chunk.length) yield chunk;
}

function parse(text: string): CustomerSearchTerm {
  const space = text.indexOf(' ');
  return { term: text.slice(0, space), customerId: Number(text.slice(space + 1)) };
}

function push(heads: RunSource[], source: RunSource): void {
  heads.push(source);
  // Up the heap from the end.
  for (let i = heads.length - 1; i > 0;) {
    const parent = (i - 1) >> 1;
    if (heads[i].line >= heads[parent].line) break;
    [heads[i], heads[parent]] = [heads[parent], heads[i]];
    i = parent;
  }
}

function siftDown(heads: RunSource[], from: number): void {
  for (let i = from; ;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let least = i;
    if (left < heads.length && heads[left].line < heads[least].line) least = left;
    if (right < heads.length && heads[right].line < heads[least].line) least = right;
    if (least === i) return;
    [heads[i], heads[least]] = [heads[least], heads[i]];
    i = least;
  }
}
