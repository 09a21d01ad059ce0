import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { isUniqueViolation } from '../../database/unique-violation';
import { FileStore } from '../../files/file-store';
import type { OpenFile } from '../../files/stored-file';
import { DocumentUploads } from './document-uploads';
import { DocumentVersionView } from './document-version.view';
import { DocumentViews } from './document-views';
import type { DocumentView } from './document.view';
import type { AddVersionDto } from './dto/add-version.dto';
import { DocumentVersion } from './entities/document-version.entity';
import { LibraryDocument } from './entities/library-document.entity';
import { visibleDocument } from './visible-document';

/** A version opened for download: what it is, and its bytes as a stream from the store. */
export interface OpenVersion {
  version: DocumentVersionView;
  file: OpenFile;
}

/**
 * The versions of a library document: a new upload becomes the current version and the
 * older ones stay listable and downloadable. Every download is audited (who, which version).
 */
@Injectable()
export class DocumentVersionsService {
  constructor(
    @InjectRepository(DocumentVersion) private readonly versions: Repository<DocumentVersion>,
    private readonly uploads: DocumentUploads,
    private readonly views: DocumentViews,
    private readonly files: FileStore,
    private readonly audit: AuditService,
  ) {}

  async list(
    principal: Principal,
    id: number,
    query: PageQueryDto,
  ): Promise<Page<DocumentVersionView>> {
    await visibleDocument(this.versions.manager, principal, id);
    const rows = this.versions.createQueryBuilder('v').where('v.documentId = :id', { id });
    return readPage(rows, query, { number: 'v.number' }, '-number', DocumentVersionView.of);
  }

  /** The principal's upload as the document's new current version. */
  async add(principal: Principal, id: number, dto: AddVersionDto): Promise<DocumentView> {
    const file = await this.uploads.claimable(principal, dto.fileId);
    const row = await this.versions.manager
      .transaction(async (m) => {
        const document = await visibleDocument(m, principal, id, true);
        const number = document.versionCount + 1;
        const version = await m.getRepository(DocumentVersion).save(
          m.getRepository(DocumentVersion).create({
            documentId: id,
            number,
            fileId: file.id,
            fileName: file.name,
            size: file.size,
            contentType: file.contentType,
            sha256: file.sha256,
            note: dto.note ?? null,
            uploadedById: principal.id,
          }),
        );
        const moved = await m
          .getRepository(LibraryDocument)
          .update(
            { id, versionCount: document.versionCount },
            { versionCount: number, currentVersionId: version.id },
          );
        if (moved.affected !== 1) throw versionConflict();
        await this.uploads.claim(m, file);
        await this.audit.record(
          {
            action: 'document.version',
            entityType: 'Document',
            entityId: id,
            before: { currentVersionId: document.currentVersionId },
            after: { currentVersionId: version.id, number, fileId: file.id },
          },
          m,
        );
        return m.getRepository(LibraryDocument).findOneByOrFail({ id });
      })
      .catch(async (error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        // One upload claimed twice at once (the file's index), or two new versions (the number).
        const claimed = await this.versions.existsBy({ fileId: file.id });
        throw claimed ? DocumentUploads.invalid() : versionConflict();
      });
    return this.views.one(principal, row);
  }

  /**
   * A version's bytes for download, the current one when `versionId` is left out: audited
   * before the first byte goes out, so that every download the reader could start is recorded.
   */
  async open(principal: Principal, id: number, versionId?: number): Promise<OpenVersion> {
    const document = await visibleDocument(this.versions.manager, principal, id);
    const version = await this.versions.findOneBy({
      id: versionId ?? document.currentVersionId,
      documentId: id,
    });
    if (!version) throw DomainError.notFound(msg('documents.entity.version'), versionId);
    const file = await this.files.stream(version.fileId);
    await this.audit
      .record({
        action: 'document.download',
        entityType: 'Document',
        entityId: id,
        meta: { versionId: version.id, number: version.number, fileId: version.fileId },
      })
      .catch((error: unknown) => {
        // Not one byte goes out unrecorded.
        file.stream.destroy();
        throw error;
      });
    return { version: DocumentVersionView.of(version), file };
  }
}

const versionConflict = () =>
  DomainError.conflict(msg('documents.versionConflict'), 'VERSION_CONFLICT');
