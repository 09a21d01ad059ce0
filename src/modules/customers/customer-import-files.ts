import { createReadStream } from 'node:fs';
import { stream as excelStream, type Worksheet } from 'exceljs';
import { escapeFormula } from '../../common/spreadsheet/formula-escape';
import type { FileStore } from '../../files/file-store';
import { scratchFile, type ScratchFile } from '../../files/scratch-files';
import { FILE_ID } from '../../files/stored-file';
import { REASON_TITLE } from './customer-sheet';

/** The FileStore kind of the rows an import refused (the upload itself stays on local disk). */
export const REJECTED_ROWS_KIND = 'customer-import-rejected';

/** How long a rejected-rows file is kept. */
export const IMPORT_FILE_KEEP_MS = 24 * 60 * 60 * 1000;

/** The id handed out for a rejected-rows file: the store's, a v4 UUID that can name no path. */
export const REJECTED_FILE_ID = FILE_ID;

/**
 * The rows an import refused, with the reasons, written as they are found: to a scratch
 * file while the import runs (the workbook is written as a stream, not held), then into the
 * FileStore, where its owner can fetch it from any replica for a day.
 */
export class RejectedRowsWriter {
  private constructor(
    private readonly scratch: ScratchFile,
    private readonly workbook: excelStream.xlsx.WorkbookWriter,
    private readonly sheet: Worksheet,
  ) {}

  static async open(titles: string[]): Promise<RejectedRowsWriter> {
    const scratch = await scratchFile('.xlsx');
    const workbook = new excelStream.xlsx.WorkbookWriter({
      filename: scratch.path,
      useStyles: false,
      useSharedStrings: false,
    });
    const sheet = workbook.addWorksheet('错误行');
    sheet.columns = [...titles, REASON_TITLE].map((title) => ({
      width: title === REASON_TITLE ? 60 : 14,
    }));
    sheet.addRow([...titles, REASON_TITLE].map(escapeFormula)).commit();
    return new RejectedRowsWriter(scratch, workbook, sheet);
  }

  add(original: string[], reasons: string[]): void {
    this.sheet.addRow([...original, reasons.join('; ')].map(escapeFormula)).commit();
  }

  /** Finishes the file and stores it as the owner's for a day; returns its id. */
  async store(files: FileStore, ownerId: number, now: Date): Promise<string> {
    try {
      await this.close();
      const stored = await files.put({
        ownerId,
        kind: REJECTED_ROWS_KIND,
        name: 'customers-rejected.xlsx',
        stream: createReadStream(this.scratch.path),
        retainUntil: new Date(now.getTime() + IMPORT_FILE_KEEP_MS),
      });
      return stored.id;
    } finally {
      await this.scratch.remove();
    }
  }

  /** After a failed import: the file would describe rows that were never all read. */
  async discard(): Promise<void> {
    await this.close().catch(() => undefined);
    await this.scratch.remove();
  }

  private async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }
}
