// The plugin (registered in configure-app.ts) adds isMultipart() and file() to the request.
import type {} from '@fastify/multipart';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../access/principal';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { FileStore } from '../../files/file-store';
import { IMPORT_FILE_KEEP_MS, IMPORT_UPLOAD_KIND } from './customer-import-files';
import type { ImportUpload } from './customer-import.service';

/** About 100,000 rows of the template. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

const missingFile = () =>
  DomainError.badRequest(
    msg('customers.upload.missingFile'),
    [{ field: 'file', messages: [msg('customers.upload.missingFileDetail')] }],
    'VALIDATION_FAILED',
  );

/**
 * Receives the one spreadsheet of a multipart upload into the FileStore, never into memory:
 * at most 30 MB, named `file`, .xlsx or .csv by name (the service checks the content). The
 * stored copy is removed again when anything is wrong with it, and by the import when it
 * is read; one a crash orphans is swept after a day.
 */
@Injectable()
export class CustomerUpload {
  constructor(
    private readonly files: FileStore,
    private readonly clock: Clock,
  ) {}

  async receive(principal: Principal, request: FastifyRequest): Promise<ImportUpload> {
    if (!request.isMultipart()) throw missingFile();
    const part = await request
      .file({
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
      })
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
      throw DomainError.unsupportedMediaType(
        msg('customers.upload.notSpreadsheet', { name: originalName.slice(0, 80) }),
      );
    }
    const stored = await this.files
      .put({
        ownerId: principal.id,
        kind: IMPORT_UPLOAD_KIND,
        name: originalName,
        stream: fromClient(part.file),
        retainUntil: new Date(this.clock.now().getTime() + IMPORT_FILE_KEEP_MS),
        maxBytes: MAX_UPLOAD_BYTES,
      })
      .catch((error: unknown) => {
        throw error instanceof ClientStreamError ? uploadFault(error.cause) : storeFault(error);
      });
    // Past the limit the stream may just end: what arrived is a truncated file.
    if (part.file.truncated) {
      await this.files.delete(stored.id);
      throw tooLarge();
    }
    return { fileId: stored.id, originalName };
  }
}

const tooLarge = () =>
  DomainError.payloadTooLarge(
    msg('customers.upload.tooLarge', { limit: MAX_UPLOAD_BYTES / 1024 / 1024 }),
  );

/** An error of the upload as the client sent it, told apart from the store's own. */
class ClientStreamError extends Error {}

async function* fromClient(file: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* file;
  } catch (error) {
    throw new ClientStreamError('upload stream failed', { cause: error });
  }
}

/** The store's 413 in the upload's own words; anything else it throws is a server's fault. */
function storeFault(error: unknown): unknown {
  return error instanceof DomainError && error.code === 'PAYLOAD_TOO_LARGE' ? tooLarge() : error;
}

/** What went wrong with the multipart body, for the person who sent it. */
function uploadFault(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if ((error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  return DomainError.badRequest(
    msg('customers.upload.unreadable'),
    [{ field: 'file', messages: [msg('customers.upload.unreadableDetail')] }],
    'BAD_UPLOAD',
  );
}
