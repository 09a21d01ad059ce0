import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { DomainError } from '../errors/domain-error';
import { SpreadsheetErrors } from './spreadsheet-errors';
import { DEFAULT_SPREADSHEET_LIMITS, type SpreadsheetLimits } from './spreadsheet-limits';
import { guardXlsxExpansion } from './xlsx-expansion-guard';
import { XlsxRowsThread } from './xlsx-rows-thread';
import { msg } from '../i18n/msg';

export type SheetKind = 'xlsx' | 'csv';

/** One row as read: its number in the spreadsheet (the first row is 1) and its cells as text. */
export interface SheetRow {
  number: number;
  cells: string[];
}

const ZIP_ENTRY = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** The end-of-directory record (22 bytes) and the longest comment a zip may end with. */
const ZIP_TAIL = 22 + 0xffff;

/**
 * The longest wait for exceljs' next row. It waits for ever on some damaged files; a
 * request must end, and its upload be removed, whatever the file holds.
 */
const STALL_MS = 60_000;

/**
 * What the upload is, from its name, checked against its first bytes: a renamed .xls or PDF
 * must get a message naming the problem, not a parser's stack of errors.
 */
export async function sheetKind(path: string, originalName: string): Promise<SheetKind> {
  const extension = /\.([a-z]+)$/i.exec(originalName)?.[1]?.toLowerCase();
  const file = await open(path, 'r');
  let zip: boolean;
  let complete: boolean;
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(4);
    await file.read(head, 0, 4, 0);
    zip = head.equals(ZIP_ENTRY);
    // The zip's directory is at its very end: without it the file was cut short, and
    // exceljs would wait for the rest for ever instead of failing.
    const tail = Buffer.alloc(Math.min(size, ZIP_TAIL));
    await file.read(tail, 0, tail.length, size - tail.length);
    complete = tail.lastIndexOf(ZIP_END) >= 0;
  } finally {
    await file.close();
  }
  if (extension === 'xlsx' && zip && complete) return 'xlsx';
  if (extension === 'csv' && !zip) return 'csv';
  if (extension === 'xlsx' && zip) throw unreadable('xlsx');
  throw DomainError.badRequest(
    extension === 'xlsx' ? msg('customers.sheet.notXlsx') : msg('customers.sheet.notCsv'),
    [{ field: 'file', messages: [msg('customers.sheet.typeMismatchDetail')] }],
    'UNREADABLE_FILE',
  );
}

/**
 * The rows of the first worksheet (xlsx) or of the file (csv), one at a time, within the
 * limits: an .xlsx is measured whole before its first row is read, a CSV as it is read.
 */
export function readSheetRows(
  path: string,
  kind: SheetKind,
  limits: SpreadsheetLimits = DEFAULT_SPREADSHEET_LIMITS,
): AsyncGenerator<SheetRow> {
  return kind === 'xlsx' ? readXlsxRows(path, limits) : readCsvRows(path, limits);
}

async function* readXlsxRows(path: string, limits: SpreadsheetLimits): AsyncGenerator<SheetRow> {
  await withinStallLimit(guardXlsxExpansion(path, limits));
  const thread = new XlsxRowsThread(path, limits.maxColumns);
  try {
    for (;;) {
      const message = await withinStallLimit(thread.next());
      if ('rows' in message) {
        for (const [number, cells] of message.rows) yield { number, cells };
      } else if ('tooManyColumns' in message) {
        // The guard counted the cells; a lone cell far to the right is caught here.
        throw SpreadsheetErrors.sheetTooLarge(msg('spreadsheet.what.columns'), limits.maxColumns);
      } else if ('done' in message && message.sheets > 0) return;
      else throw unreadable('xlsx');
    }
  } finally {
    await thread.stop();
  }
}

function withinStallLimit<T>(step: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(unreadable('xlsx')), STALL_MS);
  });
  return Promise.race([step, stalled]).finally(() => clearTimeout(timer));
}

async function* readCsvRows(path: string, limits: SpreadsheetLimits): AsyncGenerator<SheetRow> {
  const input = createReadStream(path);
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: limits.maxCsvRecordBytes,
    skip_empty_lines: false,
  });
  // An error anywhere destroys the parser with it, and so reaches the loop below.
  pipeline(input, new StrictUtf8(), parser, () => undefined);
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      // Records, not lines, so that the numbers match the rows a spreadsheet program shows.
      number += 1;
      if (number > limits.maxRows)
        throw SpreadsheetErrors.sheetTooLarge(msg('spreadsheet.what.rows'), limits.maxRows);
      if (record.length > limits.maxColumns)
        throw SpreadsheetErrors.sheetTooLarge(msg('spreadsheet.what.columns'), limits.maxColumns);
      if (record.some((cell) => cell.length > limits.maxCellChars))
        throw SpreadsheetErrors.cellTooLong(limits.maxCellChars);
      yield { number, cells: record };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if ((error as { code?: string } | null)?.code === 'CSV_MAX_RECORD_SIZE')
      throw SpreadsheetErrors.rowTooLong(limits.maxCsvRecordBytes);
    throw unreadable('csv');
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function unreadable(kind: SheetKind): DomainError {
  return DomainError.badRequest(
    kind === 'xlsx' ? msg('customers.sheet.xlsxUnreadable') : msg('customers.sheet.csvUnreadable'),
    [{ field: 'file', messages: [msg('customers.sheet.unreadableDetail')] }],
    'UNREADABLE_FILE',
  );
}

/**
 * Lets UTF-8 through and stops at the first invalid byte: Excel's plain "CSV" is GBK on a
 * Chinese Windows, and reading it as UTF-8 would store names as replacement characters.
 */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.decoder.decode(chunk, { stream: true });
      done(null, chunk);
    } catch {
      done(notUtf8());
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.decoder.decode();
      done();
    } catch {
      done(notUtf8());
    }
  }
}

function notUtf8(): DomainError {
  return DomainError.badRequest(
    msg('customers.sheet.notUtf8'),
    [{ field: 'file', messages: [msg('customers.sheet.notUtf8Detail')] }],
    'UNREADABLE_FILE',
  );
}
