import { DomainError } from '../errors/domain-error';

const MB = 1024 * 1024;
const count = (n: number) => n.toLocaleString('en-US');
const file = (message: string) => [{ field: 'file', messages: [message] }];

/**
 * Why an upload's content is refused, with a stable code per kind: 413 when the file expands
 * beyond what one import reads, 400 when a single cell is longer than any field takes.
 */
export const SpreadsheetErrors = {
  tooLargeUncompressed(what: string, limitBytes: number): DomainError {
    return new DomainError(
      'payload_too_large',
      `The workbook expands to more than ${Math.round(limitBytes / MB)} MB when opened (${what}). Split it into smaller files, or save only the customer sheet as a new .xlsx.`,
      'UPLOAD_TOO_LARGE_UNCOMPRESSED',
      file('expands too much'),
    );
  },

  tooCompressed(entry: string, limitRatio: number): DomainError {
    return new DomainError(
      'payload_too_large',
      `The workbook's part "${entry.slice(0, 80)}" expands more than ${limitRatio} times when opened, which no spreadsheet of customers does. Save the data again as a new .xlsx and upload that.`,
      'UPLOAD_TOO_LARGE_UNCOMPRESSED',
      file('compression ratio too high'),
    );
  },

  sheetTooLarge(what: string, limit: number): DomainError {
    return new DomainError(
      'payload_too_large',
      `The spreadsheet has more than ${count(limit)} ${what}. Split it into files of fewer rows and import them one after another.`,
      'SHEET_TOO_LARGE',
      file(`more than ${limit} ${what}`),
    );
  },

  cellTooLong(limitChars: number): DomainError {
    return DomainError.badRequest(
      `A cell holds more than ${count(limitChars)} characters, longer than any customer field. Shorten it (notes take at most 2,000 characters) and upload again.`,
      file('cell too long'),
      'CELL_TOO_LONG',
    );
  },

  rowTooLong(limitBytes: number): DomainError {
    return DomainError.badRequest(
      `A row of the CSV is longer than ${Math.round(limitBytes / 1024)} KB (often a quote that is never closed). Check the quotes in the file and upload again.`,
      file('row too long'),
      'ROW_TOO_LONG',
    );
  },

  /** What no spreadsheet program writes: a structure meant to hide size, or a damaged zip. */
  malformed(what: string): DomainError {
    return DomainError.badRequest(
      `The workbook could not be read safely (${what}). Open it in Excel or WPS, save it again as .xlsx and upload the new file.`,
      file('unusual workbook structure'),
      'UNREADABLE_FILE',
    );
  },
};
