import { DomainError } from '../errors/domain-error';
import { msg, type Msg } from '../i18n/msg';

const MB = 1024 * 1024;
const count = (n: number) => n.toLocaleString('en-US');
const file = (message: Msg) => [{ field: 'file', messages: [message] }];

/**
 * Why an upload's content is refused, with a stable code per kind: 413 when the file expands
 * beyond what one import reads, 400 when a single cell is longer than any field takes.
 * `what` names the part or the measure (`msg('spreadsheet.what.rows')`).
 */
export const SpreadsheetErrors = {
  tooLargeUncompressed(what: Msg, limitBytes: number): DomainError {
    return new DomainError(
      'payload_too_large',
      msg('spreadsheet.tooLargeUncompressed', { limit: Math.round(limitBytes / MB), what }),
      'UPLOAD_TOO_LARGE_UNCOMPRESSED',
      file(msg('spreadsheet.detailExpands')),
    );
  },

  tooCompressed(entry: string, limitRatio: number): DomainError {
    return new DomainError(
      'payload_too_large',
      msg('spreadsheet.tooCompressed', { entry: entry.slice(0, 80), ratio: limitRatio }),
      'UPLOAD_TOO_LARGE_UNCOMPRESSED',
      file(msg('spreadsheet.detailCompression')),
    );
  },

  sheetTooLarge(what: Msg, limit: number): DomainError {
    return new DomainError(
      'payload_too_large',
      msg('spreadsheet.sheetTooLarge', { limit: count(limit), what }),
      'SHEET_TOO_LARGE',
      file(msg('spreadsheet.detailTooMany', { limit: count(limit), what })),
    );
  },

  cellTooLong(limitChars: number): DomainError {
    return DomainError.badRequest(
      msg('spreadsheet.cellTooLong', { limit: count(limitChars) }),
      file(msg('spreadsheet.detailCell')),
      'CELL_TOO_LONG',
    );
  },

  rowTooLong(limitBytes: number): DomainError {
    return DomainError.badRequest(
      msg('spreadsheet.rowTooLong', { limit: Math.round(limitBytes / 1024) }),
      file(msg('spreadsheet.detailRow')),
      'ROW_TOO_LONG',
    );
  },

  /** What no spreadsheet program writes: a structure meant to hide size, or a damaged zip. */
  malformed(what: Msg): DomainError {
    return DomainError.badRequest(
      msg('spreadsheet.malformed', { what }),
      file(msg('spreadsheet.detailStructure')),
      'UNREADABLE_FILE',
    );
  },
};
