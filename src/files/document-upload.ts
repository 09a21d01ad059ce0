// The plugin (registered in configure-app.ts) adds isMultipart() and file() to the request.
import type {} from '@fastify/multipart';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors/domain-error';
import { msg, type Msg } from '../common/i18n/msg';
import { ACTIVE_CONTENT } from './active-content';
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
  typesText: string | Msg;
  retainUntil: Date;
  /** whether the file's name fits the type its bytes are (a PDF named .exe does not) */
  nameFits?: (name: string, contentType: string) => boolean;
}

const ACTIVE_TYPES: readonly string[] = Object.values(ACTIVE_CONTENT);

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
        throw unreadable(error, rules.maxBytes);
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
        throw unreadable(error, rules.maxBytes);
      });
    const refusal = part.file.truncated
      ? tooLarge(rules.maxBytes)
      : this.refusal(stored.name, stored.contentType, rules);
    if (refusal) {
      await this.files.delete(stored.id);
      throw refusal;
    }
    return stored;
  }

  private refusal(name: string, type: string, rules: DocumentRules): DomainError | null {
    // Programs and pages that run are named as such: the person learns why, not just "no".
    if (ACTIVE_TYPES.includes(type))
      return DomainError.unsupportedMediaType(msg('files.activeContent', { found: type }));
    if (!rules.types.includes(type))
      return DomainError.unsupportedMediaType(
        msg('files.notAllowedType', { types: rules.typesText, found: type }),
      );
    if (rules.nameFits && !rules.nameFits(name, type))
      return DomainError.unsupportedMediaType(
        msg('files.nameMismatch', { name: name.slice(0, 80), found: type }),
      );
    return null;
  }
}

const tooLarge = (maxBytes: number) =>
  DomainError.payloadTooLarge(
    msg('files.tooLarge', { limit: Number((maxBytes / 1024 / 1024).toFixed(1)) }),
  );

const missingFile = () =>
  DomainError.badRequest(
    msg('files.missingFile'),
    [{ field: 'file', messages: [msg('files.missingFileDetail')] }],
    'VALIDATION_FAILED',
  );

/** A fault of the multipart body, for the person who sent it; the store's own pass through. */
function unreadable(error: unknown, maxBytes: number): unknown {
  if (error instanceof DomainError) return error;
  // The multipart reader stops a file at the route's limit before the store sees more.
  if ((error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE')
    return tooLarge(maxBytes);
  return DomainError.badRequest(
    msg('files.unreadable'),
    [{ field: 'file', messages: [msg('files.unreadableDetail')] }],
    'BAD_UPLOAD',
  );
}
