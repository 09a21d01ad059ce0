// Sorts an import's search terms in a worker thread, for ImportTermRuns (same folder): an
// external merge sort of ~2 million rows per 100,000 customers, whose sorting would otherwise
// hold the event loop for seconds. Plain JavaScript, copied beside the build by nest-cli.json
// ("assets"): a worker thread runs a file as Node finds it, so it cannot be TypeScript that
// only the build or the tests transpile.
//
// A row is one string `term 0000000042`: terms are [0-9a-z] and the id has fixed digits, so
// plain string order is the index's order (term, then customer).
//
// In:  workerData { dir, runRows }; messages, handled in order:
//        { rows: string[] } (answered { ack: true }),
//        { sorted: size } (answered by { chunk: { term, customerId }[] } messages, one more for
//          each { more: true }, then { end: true }; { stop: true } ends it early),
//        { rowsOf: number[] } (answered { rows: { term, customerId }[] }: those customers' rows),
//        { dispose: true } (removes the run files and ends the thread).
// Out: also { run: path } before a run's file is written, so that it is removed whatever
//      happens, and { error: string }.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { randomUUID } = require('node:crypto');
const { closeSync, mkdirSync, openSync, readSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { dir, runRows } = workerData;
/** Bytes read from a run's file at a time: ~4,000 rows (an import merges ~75 runs at once). */
const BLOCK_BYTES = 64 * 1024;
/** Chunks sent and not yet taken. */
const IN_FLIGHT = 2;

let rows = [];
const runs = [];
let credit = IN_FLIGHT;
let stopping = false;
let wake;
const queue = [];
let working = false;

parentPort.on('message', (message) => {
  if (message.more) credit += 1;
  else if (message.stop) stopping = true;
  else if (message.dispose) {
    for (const path of runs) rmSync(path, { force: true });
    process.exit(0);
  } else {
    queue.push(message);
    if (!working) work();
    return;
  }
  const waiting = wake;
  wake = undefined;
  if (waiting) waiting();
});

async function work() {
  working = true;
  try {
    while (queue.length) {
      const message = queue.shift();
      if (message.rows) {
        for (const row of message.rows) rows.push(row);
        if (rows.length >= runRows) spill();
        parentPort.postMessage({ ack: true });
      } else if (message.sorted) await sorted(message.sorted);
      else if (message.rowsOf) parentPort.postMessage({ rows: rowsOf(new Set(message.rowsOf)) });
    }
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  } finally {
    working = false;
  }
}

function spill() {
  rows.sort();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${randomUUID()}.terms`);
  runs.push(path);
  parentPort.postMessage({ run: path });
  writeFileSync(path, rows.join('\n') + '\n', { mode: 0o600 });
  rows = [];
}

/** One sorted run, a row at a time: the rows in memory, or a file read a block at a time. */
class Source {
  constructor(lines, path) {
    this.lines = lines;
    this.at = -1;
    this.line = '';
    this.rest = '';
    this.file = path === undefined ? undefined : openSync(path, 'r');
  }

  /** The next row; false at the end of the run. */
  advance() {
    this.at += 1;
    while (this.at >= this.lines.length) {
      if (!this.read()) return false;
    }
    this.line = this.lines[this.at];
    return true;
  }

  read() {
    if (this.file === undefined) return false;
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    const bytes = readSync(this.file, block, 0, BLOCK_BYTES, null);
    if (bytes === 0) {
      this.close();
      if (!this.rest) return false;
      // The last row of a file without its final newline.
      this.lines = [this.rest];
      this.rest = '';
    } else {
      const lines = (this.rest + block.toString('latin1', 0, bytes)).split('\n');
      this.rest = lines.pop();
      this.lines = lines;
    }
    this.at = 0;
    return true;
  }

  close() {
    if (this.file !== undefined) closeSync(this.file);
    this.file = undefined;
  }
}

function parse(text) {
  const space = text.indexOf(' ');
  return { term: text.slice(0, space), customerId: Number(text.slice(space + 1)) };
}

/** Every row in order, `size` at a time: a heap of the runs by their current row. */
async function sorted(size) {
  rows.sort();
  const sources = [new Source(rows), ...runs.map((path) => new Source([], path))];
  try {
    const heads = [];
    for (const source of sources) if (source.advance()) push(heads, source);
    let chunk = [];
    while (heads.length && !stopping) {
      const head = heads[0];
      chunk.push(parse(head.line));
      if (chunk.length >= size) {
        await send(chunk);
        chunk = [];
      }
      if (head.advance()) siftDown(heads, 0);
      else {
        const last = heads.pop();
        if (heads.length) {
          heads[0] = last;
          siftDown(heads, 0);
        }
      }
    }
    if (chunk.length && !stopping) await send(chunk);
  } finally {
    for (const source of sources) source.close();
    stopping = false;
    parentPort.postMessage({ end: true });
  }
}

async function send(chunk) {
  while (credit <= 0 && !stopping) await new Promise((resolve) => (wake = resolve));
  if (stopping) return;
  credit -= 1;
  parentPort.postMessage({ chunk });
}

/** The rows of these customers, from every run. */
function rowsOf(ids) {
  const found = [];
  const sources = [new Source(rows), ...runs.map((path) => new Source([], path))];
  for (const source of sources) {
    while (source.advance()) {
      const row = parse(source.line);
      if (ids.has(row.customerId)) found.push(row);
    }
  }
  return found;
}

function push(heads, source) {
  heads.push(source);
  // Up the heap from the end.
  for (let i = heads.length - 1; i > 0;) {
    const parent = (i - 1) >> 1;
    if (heads[i].line >= heads[parent].line) break;
    [heads[i], heads[parent]] = [heads[parent], heads[i]];
    i = parent;
  }
}

function siftDown(heads, from) {
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
