import type { Readable } from 'node:stream';

/**
 * Where a file's bytes go. The FileStore measures, checks and describes them; a content
 * store only keeps them under the file's id. Every method may be repeated safely.
 */
export interface FileContent {
  /** Stores the chunks in order; on failure, what was written may remain (remove cleans up). */
  write(fileId: string, chunks: AsyncIterable<Buffer>): Promise<void>;
  /** The bytes, read a piece at a time. */
  read(fileId: string): Readable;
  /** Removes the bytes; nothing happens when there are none. */
  remove(fileId: string): Promise<void>;
}

/** The content stores this process has: the database always, the bucket when configured. */
export const FILE_CONTENTS = Symbol('FILE_CONTENTS');
export type FileContents = Partial<Record<'database' | 's3', FileContent>>;
