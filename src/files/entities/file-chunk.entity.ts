import { Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../database/columns';

/**
 * A piece of a file kept in the database: rows of at most CHUNK_BYTES, so that neither a
 * write nor a read ever holds a whole file, and no driver meets a value of many megabytes.
 */
@Entity('stored_file_chunk')
@Unique(['fileId', 'seq'])
export class FileChunk {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(36) fileId: string;
  /** 0, 1, 2… in the order of the bytes */
  @Col.int() seq: number;
  @Col.binary() data: Buffer;
}
