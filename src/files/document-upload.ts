// The plugin (registered in configure-app.ts) adds isMultipart() and file() to the request.
import type {} from '@fastify/multipart';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { FileStore } from './file-store';
import type { StoredFile } from './stored-file';

/** What a document upload takes and how long it is kept before a record holds it. */
export interface DocumentRules {
  /** the stored file's kind, e.g. `refund-document` */
  kind: string;
  ownerId: number;
  maxBytes: number;
  /** content types allowed, as sniffed from the bytes (never the name or the header) */
  types: readonly string[];
  /** a name for people, such as "PDF, JPEG or PNG" */
  typesText: string;
  retainUntil: Date;
}

/**
 * Receives the one file of a multipart upload (field `file`) into the file store, a chunk at
 * a time, and keeps it only when its bytes are of an allowed type: a scanned or PDF request
 * whatever the file is called. It is kept for a while; the record that takes it keeps it
 * for good (FileStore.retain), and the sweep deletes the ones never taken.
 */
@Injectable()
export class DocumentUpload {
  constructor(private readonly files: FileStore) {}

  async receive(request: FastifyRequest, rules: DocumentRules): Promise<StoredFile> {
    if (!request.isMultipart()) throw missingFile();
    const part = await request
      .file({ limits: { fileSize: rules.maxBytes, files: 1, fields: 0, parts: 1 } })
      .catch((error: unknown) => {
        throw unreadable(error);
      });
    if (!part || part.fieldname !== 'file') {
      part?.file.resume();
      throw missingFile();
    }
    const stored = await this.files
      .put({
        ownerId: rules.ownerId,
        kind: rules.kind,
        name: part.filename || 'document',
        stream: part.file,
        maxBytes: rules.maxBytes,
        retainUntil: rules.retainUntil,
      })
      .catch((error: unknown) => {
        throw unreadable(error);
      });
    if (part.file.truncated || !rules.types.includes(stored.contentType)) {
      await this.files.delete(stored.id);
      if (part.file.truncated)
        throw DomainError.payloadTooLarge(
          msg('files.tooLarge', { limit: Number((rules.maxBytes / 1024 / 1024).toFixed(1)) }),
        );
      throw DomainError.unsupportedMediaType(
        msg('files.notAllowedType', { types: rules.typesText, found: stored.contentType }),
      );
    }
    return stored;
  }
}

const missingFile = () =>
  DomainError.badRequest(
    msg('files.missingFile'),
    [{ field: 'file', messages: [msg('files.missingFileDetail')] }],
    'VALIDATION_FAILED',
  );

/** A fault of the multipart body, for the person who sent it; the store's own pass through. */
function unreadable(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  return DomainError.badRequest(
    msg('files.unreadable'),
    [{ field: 'file', messages: [msg('files.unreadableDetail')] }],
    'BAD_UPLOAD',
  );
}
