import type { DocumentVersion } from './entities/document-version.entity';

/** One uploaded version of a document. */
export class DocumentVersionView {
  id: number;
  /** 1, 2, … in the order they were uploaded */
  number: number;
  fileName: string;
  /** bytes */
  size: number;
  /** sniffed from the file's bytes, never taken from its name */
  contentType: string;
  /** hex SHA-256 of the bytes, to check a download against */
  sha256: string;
  note: string | null;
  uploadedById: number;
  createdAt: Date;

  static of(row: DocumentVersion): DocumentVersionView {
    return {
      id: row.id,
      number: row.number,
      fileName: row.fileName,
      size: row.size,
      contentType: row.contentType,
      sha256: row.sha256,
      note: row.note,
      uploadedById: row.uploadedById,
      createdAt: row.createdAt,
    };
  }
}
