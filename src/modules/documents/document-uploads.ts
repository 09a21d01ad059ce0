import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { AppConfig } from '../../config/app-config';
import { DocumentUpload } from '../../files/document-upload';
import { FileStore } from '../../files/file-store';
import type { StoredFile } from '../../files/stored-file';
import { DocumentName } from './document-name';
import { UNCLAIMED_UPLOAD_MS, UPLOAD_KIND } from './document-rules';
import { DOCUMENT_TYPES } from './document-types';
import type { DocumentUploadView } from './document-upload.view';

const MB = 1024 * 1024;

/**
 * Files for the library: received into the FileStore a chunk at a time, kept when their
 * bytes are of a document type (and their name fits it), then waiting a day for the document
 * or version that claims them; the store's sweep deletes the ones never claimed.
 */
@Injectable()
export class DocumentUploads {
  constructor(
    private readonly uploads: DocumentUpload,
    private readonly files: FileStore,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async receive(principal: Principal, request: FastifyRequest): Promise<DocumentUploadView> {
    const stored = await this.uploads.receive(request, {
      kind: UPLOAD_KIND,
      ownerId: principal.id,
      maxBytes: this.config.documents.maxFileMb * MB,
      types: Object.keys(DOCUMENT_TYPES),
      typesText: msg('documents.typesText'),
      retainUntil: new Date(this.clock.now().getTime() + UNCLAIMED_UPLOAD_MS),
      nameFits: DocumentName.fits,
    });
    await this.audit.record({
      action: 'document.upload',
      meta: { fileId: stored.id, size: stored.size, contentType: stored.contentType },
    });
    return {
      fileId: stored.id,
      name: stored.name,
      size: stored.size,
      contentType: stored.contentType,
    };
  }

  /** The principal's own upload that no document took yet, or 422 UPLOAD_INVALID. */
  async claimable(principal: Principal, fileId: string): Promise<StoredFile> {
    const file = await this.files.get(fileId);
    if (
      !file ||
      file.kind !== UPLOAD_KIND ||
      file.ownerId !== principal.id ||
      file.retainUntil === null
    )
      throw DocumentUploads.invalid();
    return file;
  }

  /** Keeps the file for good, in the transaction that gives it its document. */
  async claim(m: EntityManager, file: StoredFile): Promise<void> {
    if (!(await this.files.retain(file.id, null, m))) throw DocumentUploads.invalid();
  }

  /** Also what a second claim of one upload at the same moment gets (the unique file id). */
  static invalid(): DomainError {
    return DomainError.unprocessable(
      msg('documents.uploadInvalid'),
      [{ field: 'fileId', messages: [msg('documents.uploadInvalidDetail')] }],
      'UPLOAD_INVALID',
    );
  }
}
