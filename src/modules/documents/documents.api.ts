import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { DocumentVisibility } from './document-visibility';
import { DocumentVersion } from './entities/document-version.entity';
import { LibraryDocument } from './entities/library-document.entity';

/** Most documents one call considers: a notice attaches a handful. */
const MAX_IDS = 100;

/** A document as another module shows it beside its own record (a notice's attachment). */
export interface AttachableDocument {
  id: number;
  title: string;
  /** the current version's file name */
  fileName: string;
  size: number;
  contentType: string;
}

/**
 * The document library's one door for other modules: the bulletin board attaches documents
 * to a notice through it, under the same visibility rule as the library's own lists.
 */
@Injectable()
export class DocumentsApi {
  constructor(
    @InjectRepository(LibraryDocument) private readonly documents: Repository<LibraryDocument>,
  ) {}

  /**
   * The live documents among `ids` that the principal may see, with their current version,
   * in the order of `ids`; ids of documents deleted, missing or hidden from them are left
   * out. At most the first 100 distinct ids are considered.
   */
  async visibleAmong(principal: Principal, ids: readonly number[]): Promise<AttachableDocument[]> {
    const wanted = [...new Set(ids.filter((id) => Number.isInteger(id) && id > 0))].slice(
      0,
      MAX_IDS,
    );
    if (!wanted.length) return [];
    const rows = this.documents
      .createQueryBuilder('d')
      .innerJoin(DocumentVersion, 'v', 'v.id = d.currentVersionId')
      .select('d.id', 'id')
      .addSelect('d.title', 'title')
      .addSelect('v.fileName', 'fileName')
      .addSelect('v.size', 'size')
      .addSelect('v.contentType', 'contentType')
      .where('d.id IN (:...wanted)', { wanted })
      .andWhere('d.deletedAt IS NULL');
    DocumentVisibility.where(rows, 'd', principal);
    const found = await rows.getRawMany<{
      id: number | string;
      title: string;
      fileName: string;
      size: number | string;
      contentType: string;
    }>();
    const byId = new Map(
      found.map((row) => [
        Number(row.id),
        { ...row, id: Number(row.id), size: Number(row.size) } as AttachableDocument,
      ]),
    );
    return wanted.flatMap((id) => byId.get(id) ?? []);
  }
}
