import type { DocumentFolder } from './entities/document-folder.entity';

/** A folder of the document library. */
export class DocumentFolderView {
  id: number;
  /** null: at the top */
  parentId: number | null;
  name: string;
  /** 1 at the top, at most 5 */
  depth: number;
  createdAt: Date;
  version: number;

  static of(row: DocumentFolder): DocumentFolderView {
    return {
      id: row.id,
      parentId: row.parentId,
      name: row.name,
      depth: row.depth,
      createdAt: row.createdAt,
      version: row.version,
    };
  }
}
