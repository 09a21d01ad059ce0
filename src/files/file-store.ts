import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform, pipeline } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThanOrEqual, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { msg } from '../common/i18n/msg';
import { AppConfig } from '../config/app-config';
import { FILE_CONTENTS, type FileContent, type FileContents } from './content/file-content';
import { sniffContentType, OCTET_STREAM } from './content-sniffer';
import { FileRecord, type FileStorageKind } from './entities/file-record.entity';
import { FileMeter } from './file-meter';
import { scratchFile } from './scratch-files';
import {
  FILE_ID,
  toStoredFile,
  type FileInput,
  type OpenFile,
  type StoredFile,
} from './stored-file';

const MB = 1024 * 1024;
/** A file still being written is swept after this long: its writer must have died. */
const WRITE_LEASE_MS = 24 * 60 * 60 * 1000;
/** Files one sweep deletes at most; the next run takes the rest. */
const SWEEP_LIMIT = 5000;
const SWEEP_BATCH = 100;
const KIND = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Files the application keeps (uploads being read, files handed back for download, later
 * documents and reports): put, get, stream, delete, with owner, kind, size, a content type
 * sniffed from the bytes, a SHA-256 and a retention date. Metadata is a table; the bytes
 * are chunk rows in the same database (the default: every replica sees every file) or
 * objects in an S3-compatible bucket (files.storage = s3). Access rules are the callers':
 * the store answers for any id it is given.
 */
@Injectable()
export class FileStore {
  constructor(
    @InjectRepository(FileRecord) private readonly records: Repository<FileRecord>,
    @Inject(FILE_CONTENTS) private readonly contents: FileContents,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores the bytes, reading a stream once and never holding more than a chunk of it
   * (a part, for S3). Past the limit it stops reading, removes what it wrote and throws 413.
   */
  async put(input: FileInput): Promise<StoredFile> {
    if (!KIND.test(input.kind) || input.kind.length > 64)
      throw new Error(`File kind "${input.kind}" must be kebab-case, at most 64 characters.`);
    if ((input.bytes === undefined) === (input.stream === undefined))
      throw new Error('FileStore.put takes bytes or a stream, one of them.');
    const storage = this.config.files.storage;
    const content = this.content(storage);
    const now = this.clock.now();
    const record = this.records.create({
      id: randomUUID(),
      kind: input.kind,
      ownerId: input.ownerId,
      name: input.name.slice(0, 255),
      size: 0,
      contentType: OCTET_STREAM,
      sha256: '',
      storage,
      status: 'writing',
      createdAt: now,
      retainUntil: new Date(now.getTime() + WRITE_LEASE_MS),
    });
    await this.records.insert(record);
    const limit = Math.min(input.maxBytes ?? Infinity, this.config.files.maxFileMb * MB);
    const meter = new FileMeter(limit, () =>
      DomainError.payloadTooLarge(
        msg('files.tooLarge', { limit: Number((limit / MB).toFixed(1)) }),
      ),
    );
    try {
      await content.write(
        record.id,
        meter.chunks(input.bytes ? [input.bytes] : (input.stream as AsyncIterable<Buffer>)),
      );
      const stored = {
        size: meter.size,
        sha256: meter.digest(),
        contentType: await sniffContentType(meter.head, meter.size <= meter.head.length),
        status: 'stored' as const,
        retainUntil: input.retainUntil ?? null,
      };
      await this.records.update({ id: record.id }, stored);
      return toStoredFile(Object.assign(record, stored));
    } catch (error) {
      // Left to the sweep (the row's lease) when even this fails.
      await this.remove(record).catch(() => undefined);
      throw error;
    }
  }

  /** The file's metadata; null when there is none by that id, or it expired. */
  async get(id: string): Promise<StoredFile | null> {
    const record = await this.live(id);
    return record ? toStoredFile(record) : null;
  }

  /**
   * The file and its bytes, read a chunk at a time. The stream fails at its end when the
   * bytes are not those stored (size or SHA-256), so a damaged file is never passed on as
   * whole. Throws 404 when there is no such file.
   */
  async stream(id: string): Promise<OpenFile> {
    const record = await this.live(id);
    if (!record) throw DomainError.notFound(msg('entities.file'), id);
    return {
      meta: toStoredFile(record),
      stream: verified(this.content(record.storage).read(id), record),
    };
  }

  /**
   * Runs `work` on a copy of the file on this replica's disk, for readers that need random
   * access (a zip's directory is at its end), and removes the copy when it is done.
   */
  async withLocalCopy<T>(
    id: string,
    work: (path: string, meta: StoredFile) => Promise<T>,
  ): Promise<T> {
    const { meta, stream } = await this.stream(id);
    const scratch = await scratchFile();
    try {
      await pipelineAsync(stream, createWriteStream(scratch.path, { flags: 'wx', mode: 0o600 }));
      return await work(scratch.path, meta);
    } finally {
      await scratch.remove();
    }
  }

  /**
   * Keeps a stored file until `until` (null: until deleted), in `manager`'s transaction when
   * given: an upload kept a day becomes a document a record holds. False when there is none.
   */
  async retain(id: string, until: Date | null, manager?: EntityManager): Promise<boolean> {
    if (!FILE_ID.test(id)) return false;
    const repository = manager ? manager.getRepository(FileRecord) : this.records;
    const result = await repository.update({ id, status: 'stored' }, { retainUntil: until });
    return result.affected === 1;
  }

  /** Removes the file, bytes first; false when there was none. Safe to repeat. */
  async delete(id: string): Promise<boolean> {
    if (!FILE_ID.test(id)) return false;
    const record = await this.records.findOne({ where: { id } });
    if (!record) return false;
    await this.remove(record);
    return true;
  }

  /** Deletes the files whose retention ended by `now`, and what dead writers left. */
  async sweep(now: Date): Promise<{ deleted: number; failed: number }> {
    let deleted = 0;
    let failed = 0;
    while (deleted + failed < SWEEP_LIMIT) {
      const expired = await this.records.find({
        where: { retainUntil: LessThanOrEqual(now) },
        order: { retainUntil: 'ASC' },
        take: SWEEP_BATCH,
        skip: failed,
      });
      for (const record of expired) {
        // One file that cannot be removed (its bucket unreachable) does not stop the rest.
        await this.remove(record).then(
          () => (deleted += 1),
          () => (failed += 1),
        );
      }
      if (expired.length < SWEEP_BATCH) break;
    }
    return { deleted, failed };
  }

  private async live(id: string): Promise<FileRecord | null> {
    if (!FILE_ID.test(id)) return null;
    const record = await this.records.findOne({ where: { id, status: 'stored' } });
    if (!record) return null;
    // Expired but not yet swept: gone for its readers already.
    if (record.retainUntil && record.retainUntil.getTime() <= this.clock.now().getTime())
      return null;
    return record;
  }

  private async remove(record: FileRecord): Promise<void> {
    // Bytes first: a row without bytes is swept again; bytes without a row would stay for ever.
    await this.content(record.storage).remove(record.id);
    await this.records.delete({ id: record.id });
  }

  private content(storage: FileStorageKind): FileContent {
    const content = this.contents[storage];
    if (!content)
      throw new Error(`Files kept in "${storage}" cannot be reached: files.s3 is not configured.`);
    return content;
  }
}

/** The bytes passed through, failing at the end unless they are the size and SHA-256 stored. */
function verified(source: Readable, record: FileRecord): Readable {
  const hash = createHash('sha256');
  let size = 0;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const intact = size === record.size && hash.digest('hex') === record.sha256;
      done(
        intact
          ? null
          : new Error(`Stored file ${record.id} is damaged: its bytes differ from those stored.`),
      );
    },
  });
  pipeline(source, check, () => undefined);
  return check;
}
