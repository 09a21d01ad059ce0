import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { DocumentVersionView } from './document-version.view';
import { DocumentVisibility } from './document-visibility';
import type { DocumentView } from './document.view';
import { DocumentVersion } from './entities/document-version.entity';
import type { LibraryDocument } from './entities/library-document.entity';

/** Documents as their readers see them: each with its current version, read in one query. */
@Injectable()
export class DocumentViews {
  constructor(
    @InjectRepository(DocumentVersion) private readonly versions: Repository<DocumentVersion>,
  ) {}

  async of(principal: Principal, rows: LibraryDocument[]): Promise<DocumentView[]> {
    const ids = rows.map((row) => row.currentVersionId);
    const current = new Map(
      (ids.length ? await this.versions.findBy({ id: In(ids) }) : []).map((v) => [v.id, v]),
    );
    return rows.map((row) => ({
      id: row.id,
      folderId: row.folderId,
      title: row.title,
      description: row.description,
      tags: row.tags.split(',').filter(Boolean),
      visibleRoles: DocumentVisibility.roles(row.visibleRoles),
      current: DocumentVersionView.of(current.get(row.currentVersionId) as DocumentVersion),
      versionCount: row.versionCount,
      createdById: row.createdById,
      mayChange: DocumentVisibility.mayChange(principal, row),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
    }));
  }

  async one(principal: Principal, row: LibraryDocument): Promise<DocumentView> {
    return (await this.of(principal, [row]))[0];
  }
}
