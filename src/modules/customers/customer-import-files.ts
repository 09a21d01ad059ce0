import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stream as excelStream, type Worksheet } from 'exceljs';
import { REASON_TITLE } from './customer-sheet';
import { escapeFormula } from './formula-escape';

/**
 * Where uploads wait while they are read and rejected rows wait to be downloaded: outside
 * the web root, on the local disk of the replica that ran the import.
 */
export const IMPORT_DIR = join(tmpdir(), 'crm-imports');

/** How long a rejected-rows file (or an upload orphaned by a crash) is kept. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** The id handed out for a rejected-rows file: a v4 UUID and nothing else, so no path can be smuggled in. */
export const REJECTED_FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * The file of one user's rejected rows. The owner is part of the name, so only the user
 * who imported can fetch it, and this holds after a restart, unlike a map in memory.
 */
function rejectedPath(userId: number, fileId: string): string {
  return join(IMPORT_DIR, `rejected-${userId}-${fileId}.xlsx`);
}

/** The rows an import refused, with the reasons, written as they are found. */
export class RejectedRowsWriter {
  private constructor(
    readonly fileId: string,
    private readonly path: string,
    private readonly workbook: excelStream.xlsx.WorkbookWriter,
    private readonly sheet: Worksheet,
  ) {}

  static async open(userId: number, titles: string[]): Promise<RejectedRowsWriter> {
    await mkdir(IMPORT_DIR, { recursive: true });
    const fileId = randomUUID();
    const path = rejectedPath(userId, fileId);
    const workbook = new excelStream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('错误行');
    sheet.columns = [...titles, REASON_TITLE].map((title) => ({ width: title === REASON_TITLE ? 60 : 14 }));
    sheet.addRow([...titles, REASON_TITLE].map(escapeFormula)).commit();
    return new RejectedRowsWriter(fileId, path, workbook, sheet);
  }

  add(original: string[], reasons: string[]): void {
    this.sheet.addRow([...original, reasons.join('; ')].map(escapeFormula)).commit();
  }

  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
  }

  /** After a failed import: the file would describe rows that were never all read. */
  async discard(): Promise<void> {
    await this.close().catch(() => undefined);
    await rm(this.path, { force: true });
  }
}

/** The user's rejected-rows file, or null when there is none by that id (or it expired). */
export async function openRejectedFile(userId: number, fileId: string): Promise<ReadStream | null> {
  if (!REJECTED_FILE_ID.test(fileId)) return null;
  const path = rejectedPath(userId, fileId);
  const found = await stat(path).catch(() => null);
  if (!found?.isFile() || Date.now() - found.mtimeMs > KEEP_MS) return null;
  return createReadStream(path);
}

/**
 * Removes what is older than a day: rejected-rows files nobody fetched and uploads a crash
 * left behind. Best effort; runs at each import rather than on a timer, as imports are rare.
 */
export async function sweepImportFiles(): Promise<void> {
  const names = await readdir(IMPORT_DIR).catch(() => [] as string[]);
  const now = Date.now();
  for (const name of names) {
    const path = join(IMPORT_DIR, name);
    const found = await stat(path).catch(() => null);
    if (found?.isFile() && now - found.mtimeMs > KEEP_MS) await rm(path, { force: true }).catch(() => undefined);
  }
}
