import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { findOrFail } from '../../database/find-or-fail';
import { updateAtVersion } from '../../database/update-at-version';
import { DocumentFolderView } from './document-folder.view';
import { MAX_FOLDER_DEPTH } from './document-rules';
import type { CreateFolderDto } from './dto/create-folder.dto';
import type { FolderQueryDto } from './dto/folder-query.dto';
import type { RenameFolderDto } from './dto/rename-folder.dto';
import { DocumentFolder } from './entities/document-folder.entity';
import { LibraryDocument } from './entities/library-document.entity';

/**
 * The library's folders: nested at most MAX_FOLDER_DEPTH deep, names unique among siblings,
 * deleted only when empty. Every staff member sees every folder (names only); what is in
 * them is limited by each document's visibility.
 */
@Injectable()
export class DocumentFoldersService {
  constructor(
    @InjectRepository(DocumentFolder) private readonly folders: Repository<DocumentFolder>,
    private readonly audit: AuditService,
  ) {}

  async list(query: FolderQueryDto): Promise<Page<DocumentFolderView>> {
    const rows = this.folders.createQueryBuilder('f');
    if (query.parentId) rows.where('f.parentId = :parentId', { parentId: query.parentId });
    else rows.where('f.parentId IS NULL');
    return readPage(rows, query, { name: 'f.name', id: 'f.id' }, 'name', DocumentFolderView.of);
  }

  async create(principal: Principal, dto: CreateFolderDto): Promise<DocumentFolderView> {
    const row = await this.folders.manager.transaction(async (m) => {
      const parentId = dto.parentId ?? null;
      const parent = parentId === null ? null : await this.find(m, parentId);
      const depth = (parent?.depth ?? 0) + 1;
      if (depth > MAX_FOLDER_DEPTH)
        throw DomainError.unprocessable(
          msg('documents.folderTooDeep', { limit: MAX_FOLDER_DEPTH }),
          [
            {
              field: 'parentId',
              messages: [msg('documents.folderTooDeep', { limit: MAX_FOLDER_DEPTH })],
            },
          ],
          'FOLDER_TOO_DEEP',
        );
      await this.assertNameFree(m, parentId, dto.name);
      const folder = await m.getRepository(DocumentFolder).save(
        m.getRepository(DocumentFolder).create({
          parentId,
          name: dto.name,
          depth,
          createdById: principal.id,
        }),
      );
      await this.audit.record(
        {
          action: 'documentFolder.create',
          entityType: 'DocumentFolder',
          entityId: folder.id,
          after: { name: folder.name, parentId },
        },
        m,
      );
      return folder;
    });
    return DocumentFolderView.of(row);
  }

  async rename(id: number, dto: RenameFolderDto): Promise<DocumentFolderView> {
    const row = await this.folders.manager.transaction(async (m) => {
      const folder = await this.find(m, id);
      if (folder.name !== dto.name) await this.assertNameFree(m, folder.parentId, dto.name);
      await updateAtVersion(
        m,
        DocumentFolder,
        { id, version: dto.version },
        { name: dto.name },
        msg('documents.entity.folder'),
      );
      await this.audit.record(
        {
          action: 'documentFolder.rename',
          entityType: 'DocumentFolder',
          entityId: id,
          before: { name: folder.name },
          after: { name: dto.name },
        },
        m,
      );
      return this.find(m, id);
    });
    return DocumentFolderView.of(row);
  }

  /** Deletes an empty folder: no sub-folder and no live document (deleted ones keep its id). */
  async remove(id: number): Promise<void> {
    await this.folders.manager.transaction(async (m) => {
      const folder = await this.find(m, id);
      // One after the other: a transaction's connection runs one query at a time.
      const child = await m
        .getRepository(DocumentFolder)
        .findOne({ select: { id: true }, where: { parentId: id } });
      const document = await m.getRepository(LibraryDocument).findOne({
        select: { id: true },
        where: { folderId: id, deletedAt: IsNull() },
      });
      if (child || document)
        throw DomainError.conflict(msg('documents.folderNotEmpty'), 'FOLDER_NOT_EMPTY');
      await m.getRepository(DocumentFolder).delete({ id });
      await this.audit.record(
        {
          action: 'documentFolder.delete',
          entityType: 'DocumentFolder',
          entityId: id,
          before: { name: folder.name, parentId: folder.parentId },
        },
        m,
      );
    });
  }

  /** Refuses (422 on `folderId`) a folder that does not exist; for documents put in one. */
  async assertExists(m: EntityManager, id: number, field = 'folderId'): Promise<void> {
    const found = await m
      .getRepository(DocumentFolder)
      .findOne({ select: { id: true }, where: { id } });
    if (!found)
      throw DomainError.unprocessable(
        msg('common.notFoundWithId', { what: msg('documents.entity.folder'), id }),
        [
          {
            field,
            messages: [msg('common.notFoundWithId', { what: msg('documents.entity.folder'), id })],
          },
        ],
        'FOLDER_NOT_FOUND',
      );
  }

  private find(m: EntityManager, id: number): Promise<DocumentFolder> {
    return findOrFail(m, DocumentFolder, id, msg('documents.entity.folder'));
  }

  private async assertNameFree(m: EntityManager, parentId: number | null, name: string) {
    const taken = await m.getRepository(DocumentFolder).findOne({
      select: { id: true },
      where: { parentId: parentId ?? IsNull(), name },
    });
    if (taken)
      throw DomainError.conflict(msg('documents.folderNameTaken', { name }), 'FOLDER_NAME_TAKEN');
  }
}
