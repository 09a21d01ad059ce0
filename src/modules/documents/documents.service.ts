import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { msg } from '../../common/i18n/msg';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { isUniqueViolation } from '../../database/unique-violation';
import { updateAtVersion } from '../../database/update-at-version';
import { DocumentFoldersService } from './document-folders.service';
import { DocumentUploads } from './document-uploads';
import { DocumentViews } from './document-views';
import { DocumentVisibility } from './document-visibility';
import type { DocumentView } from './document.view';
import type { CreateDocumentDto } from './dto/create-document.dto';
import type { DocumentQueryDto } from './dto/document-query.dto';
import type { UpdateDocumentDto } from './dto/update-document.dto';
import { DocumentVersion } from './entities/document-version.entity';
import { LibraryDocument } from './entities/library-document.entity';
import { visibleDocument } from './visible-document';

/** `%` and `_` taken literally inside a LIKE pattern (with ESCAPE '!'). */
const likeLiteral = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * The document library (§1.2 l 标准文档): documents with their description, tags and the
 * roles they are shown to, in folders; soft-deleted by their uploader or a manager.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectRepository(LibraryDocument) private readonly documents: Repository<LibraryDocument>,
    private readonly folders: DocumentFoldersService,
    private readonly uploads: DocumentUploads,
    private readonly views: DocumentViews,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: DocumentQueryDto): Promise<Page<DocumentView>> {
    const rows = this.documents.createQueryBuilder('d').where('d.deletedAt IS NULL');
    if (query.folderId) rows.andWhere('d.folderId = :folderId', { folderId: query.folderId });
    if (query.tag)
      rows.andWhere("d.tags LIKE :tag ESCAPE '!'", { tag: `%,${likeLiteral(query.tag)},%` });
    if (query.q)
      rows.andWhere("LOWER(d.title) LIKE :q ESCAPE '!'", {
        q: `%${likeLiteral(query.q.toLowerCase())}%`,
      });
    DocumentVisibility.where(rows, 'd', principal);
    const page = await readPage(
      rows,
      query,
      { id: 'd.id', title: 'd.title', updatedAt: 'd.updatedAt' },
      '-id',
      (row) => row,
    );
    return { ...page, items: await this.views.of(principal, page.items) };
  }

  async get(principal: Principal, id: number): Promise<DocumentView> {
    return this.views.one(principal, await visibleDocument(this.documents.manager, principal, id));
  }

  /** A new document from the principal's upload: version 1 of it. */
  async create(principal: Principal, dto: CreateDocumentDto): Promise<DocumentView> {
    const file = await this.uploads.claimable(principal, dto.fileId);
    const row = await this.documents.manager
      .transaction(async (m) => {
        if (dto.folderId) await this.folders.assertExists(m, dto.folderId);
        const documents = m.getRepository(LibraryDocument);
        const document = await documents.save(
          documents.create({
            folderId: dto.folderId ?? null,
            title: dto.title ?? file.name.slice(0, 200),
            description: dto.description ?? null,
            tags: storedTags(dto.tags),
            visibleRoles: DocumentVisibility.stored(dto.visibleRoles),
            // Set below, once the version has its id.
            currentVersionId: 0,
            versionCount: 1,
            createdById: principal.id,
            deletedAt: null,
            deletedById: null,
          }),
        );
        const version = await m.getRepository(DocumentVersion).save(
          m.getRepository(DocumentVersion).create({
            documentId: document.id,
            number: 1,
            fileId: file.id,
            fileName: file.name,
            size: file.size,
            contentType: file.contentType,
            sha256: file.sha256,
            note: null,
            uploadedById: principal.id,
          }),
        );
        await documents.update({ id: document.id }, { currentVersionId: version.id });
        await this.uploads.claim(m, file);
        await this.audit.record(
          {
            action: 'document.create',
            entityType: 'Document',
            entityId: document.id,
            after: {
              title: document.title,
              folderId: document.folderId,
              visibleRoles: document.visibleRoles,
              versionId: version.id,
              fileId: file.id,
            },
          },
          m,
        );
        return documents.findOneByOrFail({ id: document.id });
      })
      .catch((error: unknown) => {
        // The same upload claimed by another document at the same moment.
        throw isUniqueViolation(error) ? DocumentUploads.invalid() : error;
      });
    return this.views.one(principal, row);
  }

  async update(principal: Principal, id: number, dto: UpdateDocumentDto): Promise<DocumentView> {
    const row = await this.documents.manager.transaction(async (m) => {
      const before = await visibleDocument(m, principal, id, true);
      if (dto.folderId) await this.folders.assertExists(m, dto.folderId);
      const changes: Partial<LibraryDocument> = {
        ...(dto.title !== undefined ? { title: dto.title } : {}),
        ...(dto.description !== undefined ? { description: dto.description } : {}),
        ...(dto.tags !== undefined ? { tags: storedTags(dto.tags) } : {}),
        ...(dto.visibleRoles !== undefined
          ? { visibleRoles: DocumentVisibility.stored(dto.visibleRoles) }
          : {}),
        ...(dto.folderId !== undefined ? { folderId: dto.folderId } : {}),
      };
      await updateAtVersion(
        m,
        LibraryDocument,
        { id, version: dto.version },
        changes,
        msg('documents.entity.document'),
      );
      await this.audit.record(
        {
          action: 'document.update',
          entityType: 'Document',
          entityId: id,
          before: Object.fromEntries(
            Object.keys(changes).map((key) => [key, before[key as keyof LibraryDocument]]),
          ),
          after: changes,
        },
        m,
      );
      return m.getRepository(LibraryDocument).findOneByOrFail({ id });
    });
    return this.views.one(principal, row);
  }

  /** Hides the document from everyone; its versions and files stay, for the audit history. */
  async remove(principal: Principal, id: number): Promise<void> {
    await this.documents.manager.transaction(async (m) => {
      const document = await visibleDocument(m, principal, id, true);
      await m
        .getRepository(LibraryDocument)
        .update({ id }, { deletedAt: this.clock.now(), deletedById: principal.id });
      await this.audit.record(
        {
          action: 'document.delete',
          entityType: 'Document',
          entityId: id,
          before: { title: document.title, createdById: document.createdById },
        },
        m,
      );
    });
  }
}

/** `,a,b,` for the tags, `,` for none, so that `LIKE '%,tag,%'` finds one. */
function storedTags(tags: string[] | undefined): string {
  return tags?.length ? `,${tags.join(',')},` : ',';
}
