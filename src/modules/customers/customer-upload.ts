import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
// The plugin (registered in configure-app.ts) adds isMultipart() and file() to the request.
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../common/errors/domain-error';
import { IMPORT_DIR } from './customer-import-files';
import type { ImportUpload } from './customer-import.service';
import { msg } from '../../common/i18n/msg';

/** About 100,000 rows of the template. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

const missingFile = () =>
  DomainError.badRequest(
    msg('customers.upload.missingFile'),
    [{ field: 'file', messages: [msg('customers.upload.missingFileDetail')] }],
    'VALIDATION_FAILED',
  );

/**
 * Stores the one spreadsheet of a multipart upload on disk, never in memory: at most
 * 30 MB, named `file`, .xlsx or .csv by name (the service checks the content). The stored
 * copy is removed again when anything is wrong with it.
 */
export async function receiveSpreadsheet(request: FastifyRequest): Promise<ImportUpload> {
  if (!request.isMultipart()) throw missingFile();
  const part = await request
    .file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 12 } })
    .catch((error: unknown) => {
      throw uploadFault(error);
    });
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw missingFile();
  }
  const originalName = part.filename;
  if (!/\.(xlsx|csv)$/i.test(originalName)) {
    part.file.resume();
    throw DomainError.unsupportedMediaType(msg('customers.upload.notSpreadsheet', { name: originalName.slice(0, 80) }));
  }
  // Made on each upload: a cleaner of the temporary directory may have removed it.
  await mkdir(IMPORT_DIR, { recursive: true });
  const path = join(IMPORT_DIR, `upload-${randomUUID()}`);
  try {
    await pipeline(part.file, createWriteStream(path, { flags: 'wx' }));
    // Past the limit the stream just ends: what arrived is a truncated file.
    if (part.file.truncated) throw tooLarge();
  } catch (error) {
    await rm(path, { force: true });
    throw uploadFault(error);
  }
  return { path, originalName };
}

const tooLarge = () =>
  DomainError.payloadTooLarge(msg('customers.upload.tooLarge', { limit: MAX_UPLOAD_BYTES / 1024 / 1024 }));

/**
 * What went wrong with the multipart body, for the person who sent it. Errors of the disk
 * (they name a system call) stay server faults.
 */
function uploadFault(error: unknown): unknown {
  if (error instanceof DomainError || (error as { syscall?: string } | null)?.syscall) return error;
  if ((error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  return DomainError.badRequest(
    msg('customers.upload.unreadable'),
    [{ field: 'file', messages: [msg('customers.upload.unreadableDetail')] }],
    'BAD_UPLOAD',
  );
}
