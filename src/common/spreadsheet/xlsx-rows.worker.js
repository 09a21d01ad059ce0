// Reads the rows of an .xlsx's first worksheet in a worker thread, for XlsxRowsThread (same
// folder): unzipping and parsing the XML of 100,000 rows takes seconds of CPU, which on the
// event loop would be taken from every other request while an import runs.
// Plain JavaScript, copied beside the build by nest-cli.json ("assets"): a worker thread runs a
// file as Node finds it, so it cannot be TypeScript that only the build or the tests transpile.
//
// In:  workerData { path, maxColumns, batchRows }; messages { more: true } when a batch was taken.
// Out: { rows: [number, string[]][] } (each row's number and its cells as text), then
//      { done: true, sheets } at the end; or { tooManyColumns: true }, or { unreadable: true }.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { createReadStream } = require('node:fs');
// Only the streaming reader of exceljs (pinned at 4.4), not the whole library.
const WorkbookReader = require('exceljs/lib/stream/xlsx/workbook-reader');

// Batches sent and not yet taken: the file is read no further ahead than this.
const IN_FLIGHT = 2;

let credit = IN_FLIGHT;
const waiting = [];
parentPort.on('message', (message) => {
  if (!message.more) return;
  credit += 1;
  const wake = waiting.shift();
  if (wake) wake();
});

async function send(rows) {
  while (credit <= 0) await new Promise((resolve) => waiting.push(resolve));
  credit -= 1;
  parentPort.postMessage({ rows });
}

/** A cell as the text a person sees in it. */
function cellText(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // exceljs gives a date cell as midnight UTC of the date shown.
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return '';
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return String(value.error);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result);
  return '';
}

async function read() {
  const { path, maxColumns, batchRows } = workerData;
  const input = createReadStream(path);
  // Styles are read only so that date cells arrive as dates, not as day numbers.
  const reader = new WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let sheets = 0;
  let batch = [];
  try {
    for await (const sheet of reader) {
      // Later sheets (the template's code lists) are left unread; the loop goes on only so
      // that the reader finishes the file and removes its own temporary files.
      sheets += 1;
      if (sheets > 1) continue;
      for await (const row of sheet) {
        // The guard counted the cells; a lone cell far to the right is caught here.
        if (row.cellCount > maxColumns) return { tooManyColumns: true };
        const cells = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          cells[column - 1] = cellText(cell.value);
        });
        batch.push([row.number, Array.from(cells, (cell) => cell ?? '')]);
        if (batch.length >= batchRows) {
          await send(batch);
          batch = [];
        }
      }
    }
  } finally {
    input.destroy();
  }
  if (batch.length) await send(batch);
  return { done: true, sheets };
}

read().then(
  (end) => parentPort.postMessage(end),
  () => parentPort.postMessage({ unreadable: true }),
);
