import { Entity, Index } from 'typeorm';
import { Col } from '../../database/columns';

/** Where a file's bytes are: chunk rows in this database, or an object in the S3 bucket. */
export type FileStorageKind = 'database' | 's3';

/**
 * One stored file's metadata, whichever storage holds its bytes. A row is `writing` while
 * its bytes arrive (its retainUntil is then a short lease, so that the sweep removes what a
 * crash left half written) and `stored` once they are all there and checked.
 */
@Entity('stored_file')
@Index(['retainUntil'])
@Index(['ownerId', 'kind'])
export class FileRecord {
  /** a v4 UUID: handed out, so it must not be guessable */
  @Col.stringKey(36) id: string;
  /** what the file is for, kebab-case, e.g. `customer-import-rejected` */
  @Col.string(64) kind: string;
  /** the user the file belongs to; null for the system's own */
  @Col.int({ nullable: true }) ownerId: number | null;
  /** the name it came with or will be downloaded as; never used as a path */
  @Col.string(255) name: string;
  @Col.int() size: number;
  /** sniffed from the bytes, never taken from the name */
  @Col.string(127) contentType: string;
  /** hex SHA-256 of the bytes; empty while writing */
  @Col.string(64) sha256: string;
  @Col.string(16) storage: FileStorageKind;
  @Col.string(16) status: 'writing' | 'stored';
  @Col.datetime() createdAt: Date;
  /** the retention sweep deletes the file after this instant; null keeps it */
  @Col.datetime({ nullable: true }) retainUntil: Date | null;
}
