import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { stream as excelStream, type CellValue } from 'exceljs';
import { DomainError } from '../errors/domain-error';
import { SpreadsheetErrors } from './spreadsheet-errors';
import { DEFAULT_SPREADSHEET_LIMITS, type SpreadsheetLimits } from './spreadsheet-limits';
import { guardXlsxExpansion } from './xlsx-expansion-guard';
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
  const input = createReadStream(path);
  // Styles are read only so that date cells arrive as dates, not as day numbers.
  const reader = new excelStream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const worksheets = reader[Symbol.asyncIterator]();
  let sheets = 0;
  try {
    for (
      let sheet = await withinStallLimit(worksheets.next());
      !sheet.done;
      sheet = await withinStallLimit(worksheets.next())
    ) {
      // Later sheets (the template's code lists) are left unread; the loop goes on only so
      // that the reader finishes the file and removes its own temporary files.
      sheets += 1;
      if (sheets > 1) continue;
      const rows = sheet.value[Symbol.asyncIterator]();
      for (
        let row = await withinStallLimit(rows.next());
        !row.done;
        row = await withinStallLimit(rows.next())
      ) {
        // The guard counted the cells; a lone cell far to the right is caught here.
        if (row.value.cellCount > limits.maxColumns)
          throw SpreadsheetErrors.sheetTooLarge(msg('spreadsheet.what.columns'), limits.maxColumns);
        const cells: string[] = [];
        row.value.eachCell({ includeEmpty: false }, (cell, column) => {
          cells[column - 1] = cellText(cell.value);
        });
        yield { number: row.value.number, cells: Array.from(cells, (cell) => cell ?? '') };
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable('xlsx');
  } finally {
    input.destroy();
  }
  if (!sheets) throw unreadable('xlsx');
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

/** A cell as the text a person sees in it. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // exceljs gives a date cell as midnight UTC of the date shown.
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return String(value.error);
  if ('result' in value)
    return value.result === undefined ? '' : cellText(value.result as CellValue);
  return '';
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
