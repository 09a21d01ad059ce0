// The plugin (registered in configure-app.ts) adds isMultipart() and file() to the request.
import type {} from '@fastify/multipart';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { scratchFile } from '../../files/scratch-files';
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
 * Receives the one spreadsheet of a multipart upload into a scratch file on this replica's
 * disk, never into memory: at most 30 MB, named `file`, .xlsx or .csv by name (the service
 * checks the content). The import reads it there within the same request (a zip needs
 * random access) and removes it; it is removed at once when anything is wrong with it, and
 * one a crash orphans is swept after a day. It never goes through the FileStore: a round
 * trip through the database's chunk rows only to read it back here cost more than the disk.
 */
@Injectable()
export class CustomerUpload {
  async receive(request: FastifyRequest): Promise<ImportUpload> {
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
    const extension = /\.(xlsx|csv)$/i.exec(originalName)?.[0];
    if (!extension) {
      part.file.resume();
      throw DomainError.unsupportedMediaType(
        msg('customers.upload.notSpreadsheet', { name: originalName.slice(0, 80) }),
      );
    }
    const file = await scratchFile(extension.toLowerCase());
    try {
      await pipeline(
        fromClient(part.file),
        createWriteStream(file.path, { flags: 'wx', mode: 0o600 }),
      ).catch((error: unknown) => {
        throw error instanceof ClientStreamError ? uploadFault(error.cause) : error;
      });
      // Past the limit the stream may just end: what arrived is a truncated file.
      if (part.file.truncated) throw tooLarge();
    } catch (error) {
      await file.remove();
      throw error;
    }
    return { file, originalName };
  }
}

const tooLarge = () =>
  DomainError.payloadTooLarge(
    msg('customers.upload.tooLarge', { limit: MAX_UPLOAD_BYTES / 1024 / 1024 }),
  );

/** An error of the upload as the client sent it, told apart from the disk's own. */
class ClientStreamError extends Error {}

/** The client's bytes, counted: past MAX_UPLOAD_BYTES reading stops with 413. */
async function* fromClient(file: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const chunks = file[Symbol.asyncIterator]();
  let size = 0;
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw new ClientStreamError('upload stream failed', { cause: error });
    }
    if (next.done) return;
    size += next.value.length;
    if (size > MAX_UPLOAD_BYTES) throw tooLarge();
    yield next.value;
  }
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
