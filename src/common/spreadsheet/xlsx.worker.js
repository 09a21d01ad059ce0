// Writes one worksheet of an .xlsx in a worker thread, for ThreadedXlsxWriter (same folder).
// Plain JavaScript, copied beside the build by nest-cli.json ("assets"): a worker thread runs a file
// as Node finds it, so it cannot be TypeScript that only the build or the tests transpile.
//
// In:  workerData { sheetName, widths, header }; messages { rows: string[][] } and { end: true }.
// Out: { chunk: Uint8Array } (the file's bytes, in order), { ack: true } when a batch of
//      rows is written, { done: true } once the file is complete, { error: string }.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { Writable } = require('node:stream');
const { setImmediate: nextTurn, setTimeout: sleep } = require('node:timers/promises');
// Only the streaming writer of exceljs (pinned at 4.4), not the whole library: the thread
// then takes about 10 MB less memory.
const WorkbookWriter = require('exceljs/lib/stream/xlsx/workbook-writer');

// XML the zip may be behind before a batch waits for it, and how far it lets it catch up.
// exceljs (4.4) writes into the zip without ever waiting, so rows would pile up in memory;
// and XML that waits long outlives the young generation and is copied to the old heap,
// which then has to be collected again and again. Kept small, it stays young.
const ZIP_BACKLOG_HIGH = 192 * 1024;
const ZIP_BACKLOG_LOW = 64 * 1024;

const out = new Writable({
  write(chunk, _encoding, done) {
    // A copy: the chunk may share its memory with others, and the copy is moved, not cloned.
    const bytes = new Uint8Array(chunk);
    parentPort.postMessage({ chunk: bytes }, [bytes.buffer]);
    done();
  },
});
const workbook = new WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
const sheet = workbook.addWorksheet(workerData.sheetName);
sheet.columns = workerData.widths.map((width) => ({ width }));
sheet.addRow(workerData.header).commit();

/** The stream between the sheet's XML and the zip's deflate, whose buffer tells how far the zip is behind. */
function zipBacklog() {
  const target = sheet.stream && sheet.stream.pipes && sheet.stream.pipes[0];
  return target && target._writableState ? target._writableState.length : 0;
}

let work = Promise.resolve();
parentPort.on('message', (message) => {
  work = work
    .then(async () => {
      if (message.end) {
        sheet.commit();
        await workbook.commit();
        await new Promise((resolve) => out.end(resolve));
        parentPort.postMessage({ done: true });
        return;
      }
      for (const row of message.rows) sheet.addRow(row).commit();
      // A turn of the event loop lets the zip run; when it is far behind, let it catch up
      // (deflate runs on another thread: sleep meanwhile rather than spin, as cores are few).
      await nextTurn();
      if (zipBacklog() > ZIP_BACKLOG_HIGH) {
        while (zipBacklog() > ZIP_BACKLOG_LOW) await sleep(1);
      }
      parentPort.postMessage({ ack: true });
    })
    .catch((error) => parentPort.postMessage({ error: String(error && error.message) }));
});
