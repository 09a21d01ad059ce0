import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FileChunk } from '../entities/file-chunk.entity';
import type { FileContent } from './file-content';

/**
 * Bytes as chunk rows in the application's own database: every replica reads what any
 * other wrote, with no shared disk and nothing else to run. Each chunk is its own short
 * statement, so an upload never holds a write transaction (on SQLite, the only writer) for
 * as long as the client takes to send it.
 */
@Injectable()
export class DatabaseFileContent implements FileContent {
  constructor(@InjectRepository(FileChunk) private readonly chunks: Repository<FileChunk>) {}

  async write(fileId: string, chunks: AsyncIterable<Buffer>): Promise<void> {
    let seq = 0;
    for await (const data of chunks) {
      await this.chunks.insert({ fileId, seq, data });
      seq += 1;
    }
  }

  read(fileId: string): Readable {
    const chunks = this.chunks;
    // One chunk in memory at a time, fetched when the reader wants more.
    async function* pieces(): AsyncGenerator<Buffer> {
      for (let seq = 0; ; seq += 1) {
        const chunk = await chunks.findOne({
          select: { id: true, data: true },
          where: { fileId, seq },
        });
        if (!chunk) return;
        yield Buffer.from(chunk.data);
      }
    }
    return Readable.from(pieces(), { objectMode: false });
  }

  async remove(fileId: string): Promise<void> {
    await this.chunks.delete({ fileId });
  }
}
