import type { Readable } from 'node:stream';
import type { FileRecord } from './entities/file-record.entity';

/** A stored file's id: a v4 UUID and nothing else, so an id can never name a path. */
export const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A stored file as its users see it: what it is and whose, never where its bytes are. */
export interface StoredFile {
  id: string;
  kind: string;
  ownerId: number | null;
  name: string;
  size: number;
  contentType: string;
  sha256: string;
  createdAt: Date;
  retainUntil: Date | null;
}

/** What to store: the bytes at hand, or a stream read once (an upload) within the limit. */
export interface FileInput {
  ownerId: number | null;
  /** kebab-case, e.g. `customer-import-rejected` */
  kind: string;
  name: string;
  bytes?: Buffer;
  stream?: Readable | AsyncIterable<Buffer>;
  /** deleted by the retention sweep after this instant; kept until deleted when absent */
  retainUntil?: Date | null;
  /** a smaller limit than the store's own (files.maxFileMb), in bytes */
  maxBytes?: number;
}

/** An open file: its metadata, and its bytes as a stream that checks size and checksum at the end. */
export interface OpenFile {
  meta: StoredFile;
  stream: Readable;
}

export function toStoredFile(record: FileRecord): StoredFile {
  return {
    id: record.id,
    kind: record.kind,
    ownerId: record.ownerId,
    name: record.name,
    size: record.size,
    contentType: record.contentType,
    sha256: record.sha256,
    createdAt: record.createdAt,
    retainUntil: record.retainUntil,
  };
}
