import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';

/**
 * One uploaded version of a library document: its stored file (FileStore) and what the
 * upload said of it. Versions are only ever added; the newest is the document's current one.
 */
@Entity('document_version')
@Index(['documentId', 'number'], { unique: true })
// A document's versions, newest first, with the list's tie-breaker: read in order, not sorted.
@Index(['documentId', 'number', 'id'])
// A stored file belongs to one version: a second claim of the same upload fails here.
@Index(['fileId'], { unique: true })
export class DocumentVersion {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() documentId: number;
  /** 1, 2, … within the document */
  @Col.int() number: number;
  @Col.string(36) fileId: string;
  @Col.string(255) fileName: string;
  @Col.int() size: number;
  /** sniffed from the bytes */
  @Col.string(100) contentType: string;
  @Col.string(64) sha256: string;
  @Col.string(500, { nullable: true }) note: string | null;
  @Col.int() uploadedById: number;
  @Col.createdAt() createdAt: Date;
}
