import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Workbook } from 'exceljs';
import { FileChunk } from '../../src/files/entities/file-chunk.entity';
import { FileRecord } from '../../src/files/entities/file-record.entity';
import { FileStore } from '../../src/files/file-store';
import { uniqueMobile } from '../support/customer-factory';
import { LocalS3 } from '../support/local-s3';
import { TestApp, type TestUser } from '../support/test-app';

const KB = 1024;
const MB = 1024 * KB;
const HOUR = 60 * 60 * 1000;

/** A 1×1 PNG, as an image program writes it. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d4a8930000000049454e44ae426082',
  'hex',
);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('客户');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function readAll(stream: Readable): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}

/** Bytes in pieces of an awkward size, as a client's upload arrives; counts what was pulled. */
function trickle(bytes: Buffer, piece = 7777): { stream: Readable; pulled: () => number } {
  let offset = 0;
  const stream = Readable.from(
    (function* () {
      while (offset < bytes.length) {
        const next = bytes.subarray(offset, offset + piece);
        offset += next.length;
        yield next;
      }
    })(),
    // One piece read ahead at most, so that what was pulled is what the store asked for.
    { highWaterMark: 1 },
  );
  return { stream, pulled: () => offset };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The file store's contract (issue 10, item 3), run as it is against both storages: chunk
 * rows in the database (the default) and a bucket on a local S3-compatible server (s3rver).
 */
describe.each(['database', 's3'] as const)('file store on %s', (storage) => {
  let t: TestApp;
  let s3: LocalS3 | undefined;
  let files: FileStore;
  let admin: TestUser;

  beforeAll(async () => {
    if (storage === 's3') s3 = await LocalS3.start();
    t = await TestApp.start({
      configure: (config) => {
        config.files.storage = storage;
        // Small enough to cross in a test without holding 100 MB.
        config.files.maxFileMb = 20;
        if (s3) config.files.s3 = s3.config;
      },
    });
    files = t.app.get(FileStore);
    admin = await t.admin();
  });
  afterAll(async () => {
    await t.close();
    await s3?.close();
  });

  const chunkRows = (fileId: string) =>
    t.dataSource.getRepository(FileChunk).count({ where: { fileId } });
  const record = (fileId: string) =>
    t.dataSource.getRepository(FileRecord).findOne({ where: { id: fileId } });
  const bucket = () =>
    new S3Client({
      region: 'us-east-1',
      endpoint: s3!.config.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  const inBucket = async (fileId: string) => {
    const client = bucket();
    try {
      await client.send(
        new HeadObjectCommand({ Bucket: s3!.config.bucket, Key: `test/${fileId}` }),
      );
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return false;
      throw error;
    } finally {
      client.destroy();
    }
  };

  it('gives back the very bytes it was given, with their size and SHA-256', async () => {
    // Over a chunk (256 KiB) several times, and not a multiple of it.
    const bytes = Buffer.concat([Buffer.from('not a known signature\n'), randomBytes(700 * KB)]);
    const upload = trickle(bytes);
    const stored = await files.put({
      ownerId: admin.id,
      kind: 'test-round-trip',
      name: 'data.bin',
      stream: upload.stream,
    });
    expect(stored).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      kind: 'test-round-trip',
      ownerId: admin.id,
      name: 'data.bin',
      size: bytes.length,
      sha256: sha256(bytes),
      contentType: 'application/octet-stream',
      retainUntil: null,
    });
    expect(await files.get(stored.id)).toEqual(stored);
    const opened = await files.stream(stored.id);
    expect(opened.meta).toEqual(stored);
    const back = await readAll(opened.stream);
    expect(back.equals(bytes)).toBe(true);

    // Where the bytes are: chunk rows, or one object in the bucket and no rows.
    if (storage === 'database') {
      expect(await chunkRows(stored.id)).toBe(3);
    } else {
      expect(await chunkRows(stored.id)).toBe(0);
      const client = bucket();
      const object = await client.send(
        new GetObjectCommand({ Bucket: s3!.config.bucket, Key: `test/${stored.id}` }),
      );
      expect(Buffer.from(await object.Body!.transformToByteArray()).equals(bytes)).toBe(true);
      client.destroy();
    }
  });

  it('keeps a file larger than an S3 part (8 MiB) and an empty one', async () => {
    const big = randomBytes(9 * MB + 123);
    const stored = await files.put({
      ownerId: null,
      kind: 'test-big',
      name: 'big.bin',
      bytes: big,
    });
    expect(stored).toMatchObject({ size: big.length, sha256: sha256(big), ownerId: null });
    expect((await readAll((await files.stream(stored.id)).stream)).equals(big)).toBe(true);

    const empty = await files.put({
      ownerId: null,
      kind: 'test-empty',
      name: 'empty.txt',
      bytes: Buffer.alloc(0),
    });
    expect(empty).toMatchObject({
      size: 0,
      sha256: sha256(Buffer.alloc(0)),
      contentType: 'application/octet-stream',
    });
    expect((await readAll((await files.stream(empty.id)).stream)).length).toBe(0);
  });

  it('sniffs the content type from the bytes, whatever the name says', async () => {
    const put = async (name: string, bytes: Buffer) =>
      (await files.put({ ownerId: admin.id, kind: 'test-sniff', name, bytes })).contentType;
    expect(await put('photo.txt', PNG)).toBe('image/png');
    const sheet = await workbook([
      ['姓名*', '手机*'],
      ['张三', '13900000000'],
    ]);
    expect(await put('report.pdf', sheet)).toBe(XLSX_TYPE);
    expect(
      await put(
        'customers.bin',
        Buffer.from('\uFEFF姓名*,手机*,备注\n张三,13900000000,"有, 逗号"\n'),
      ),
    ).toBe('text/csv');
    expect(await put('notes.csv', Buffer.from('只是一段文字。\n没有分隔的列。\n'))).toBe(
      'text/plain',
    );
    expect(await put('sheet.xlsx', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]))).toBe(
      'application/octet-stream',
    );
    // A PDF renamed to .xlsx is still a PDF.
    expect(await put('customers.xlsx', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'))).toBe(
      'application/pdf',
    );
  });

  it('stops reading past the limit, keeps nothing of the file and answers 413', async () => {
    const bytes = randomBytes(10 * MB);
    const upload = trickle(bytes, 64 * KB);
    const before = await t.dataSource.getRepository(FileRecord).count();
    const refused = await files
      .put({
        ownerId: admin.id,
        kind: 'test-limit',
        name: 'huge.bin',
        stream: upload.stream,
        maxBytes: 1 * MB,
      })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: 'payload_too_large', code: 'PAYLOAD_TOO_LARGE' });
    // Read up to the limit and the piece that crossed it (and the stream's read-ahead), not on to the end.
    expect(upload.pulled()).toBeLessThanOrEqual(1 * MB + 3 * 64 * KB);
    expect(await t.dataSource.getRepository(FileRecord).count()).toBe(before);
    expect(await t.dataSource.getRepository(FileChunk).count({ where: {} })).toBe(
      await t.dataSource
        .getRepository(FileChunk)
        .createQueryBuilder('c')
        .innerJoin(FileRecord, 'f', 'f.id = c.fileId')
        .getCount(),
    );
    // The store's own limit holds for a caller that sets none.
    const whole = await files
      .put({
        ownerId: null,
        kind: 'test-limit',
        name: 'over.bin',
        bytes: Buffer.alloc(t.config.files.maxFileMb * MB + 1),
      })
      .catch((error: unknown) => error);
    expect(whole).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('deletes a file with its bytes; a deleted or unknown id is not found', async () => {
    const stored = await files.put({
      ownerId: admin.id,
      kind: 'test-delete',
      name: 'x.png',
      bytes: PNG,
    });
    expect(await files.delete(stored.id)).toBe(true);
    expect(await files.get(stored.id)).toBeNull();
    await expect(files.stream(stored.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await files.delete(stored.id)).toBe(false);
    expect(await files.get('../../etc/passwd')).toBeNull();
    expect(await record(stored.id)).toBeNull();
    if (storage === 'database') expect(await chunkRows(stored.id)).toBe(0);
    else expect(await inBucket(stored.id)).toBe(false);
  });

  it('sweeps files whose retention ended, by the job, on the clock the jobs run by', async () => {
    const now = t.clock.now();
    const soon = await files.put({
      ownerId: admin.id,
      kind: 'test-retention',
      name: 'a.png',
      bytes: PNG,
      retainUntil: new Date(now.getTime() + HOUR),
    });
    const later = await files.put({
      ownerId: admin.id,
      kind: 'test-retention',
      name: 'b.png',
      bytes: PNG,
      retainUntil: new Date(now.getTime() + 3 * HOUR),
    });
    const kept = await files.put({
      ownerId: admin.id,
      kind: 'test-retention',
      name: 'c.png',
      bytes: PNG,
    });
    // Signed in anew each time: the clock moves past a token's life.
    const sweep = async () =>
      (
        await t
          .post('/api/admin/jobs/file-retention/run', (await t.admin()).accessToken)
          .expect(200)
      ).body;

    const early = await sweep();
    expect(early).toMatchObject({ status: 'succeeded' });
    expect(await files.get(soon.id)).not.toBeNull();

    t.clock.advance(2 * HOUR);
    // Past its date a file is gone for its readers even before the sweep comes.
    expect(await files.get(soon.id)).toBeNull();
    expect(await record(soon.id)).not.toBeNull();
    const swept = await sweep();
    expect(swept).toMatchObject({
      status: 'succeeded',
      counts: { deleted: expect.any(Number), failed: 0 },
    });
    expect(swept.counts.deleted).toBeGreaterThanOrEqual(1);
    expect(await record(soon.id)).toBeNull();
    if (storage === 'database') expect(await chunkRows(soon.id)).toBe(0);
    else expect(await inBucket(soon.id)).toBe(false);
    expect(await files.get(later.id)).not.toBeNull();
    expect(await files.get(kept.id)).not.toBeNull();

    t.clock.advance(2 * HOUR);
    await sweep();
    expect(await record(later.id)).toBeNull();
    expect(await files.get(kept.id)).toEqual(kept);
  });

  it('holds the import: the upload while it is read, then the rejected rows for their owner', async () => {
    const clerk = await t.createUser('clerk');
    const other = await t.createUser('clerk');
    const file = await workbook([
      ['姓名*', '手机*'],
      ['存储甲', uniqueMobile()],
      ['存储乙', '12345'],
    ]);
    const imported = await t
      .http()
      .post('/api/customers/import?dryRun=false')
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .attach('file', file, 'customers.xlsx')
      .expect(200);
    expect(imported.body).toMatchObject({ imported: 1, rejected: 1 });
    const fileId = imported.body.rejectedFileId as string;
    expect(await files.get(fileId)).toMatchObject({
      kind: 'customer-import-rejected',
      ownerId: clerk.id,
      contentType: XLSX_TYPE,
    });
    // The upload itself was removed once read.
    const uploads = await t.dataSource
      .getRepository(FileRecord)
      .count({ where: { kind: 'customer-import-upload' } });
    expect(uploads).toBe(0);

    const path = `/api/customers/import/rejected/${fileId}`;
    const rejected = await t
      .http()
      .get(path)
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .responseType('blob')
      .expect(200);
    const book = new Workbook();
    await book.xlsx.load(new Uint8Array(rejected.body as Buffer).buffer);
    expect(book.worksheets[0].getRow(2).getCell(2).text).toBe('12345');
    await t.get(path, other.accessToken).expect(404);

    // A day later it is gone, as before.
    t.clock.advance(25 * HOUR);
    const again = await t.signIn(clerk.username, clerk.password).expect(200);
    await t.get(path, again.body.accessToken).expect(404);
  });

  if (storage === 'database') {
    it('refuses to pass on bytes that changed since they were stored', async () => {
      const bytes = randomBytes(300 * KB);
      const stored = await files.put({ ownerId: null, kind: 'test-damage', name: 'd.bin', bytes });
      const chunks = t.dataSource.getRepository(FileChunk);
      const second = await chunks.findOneOrFail({ where: { fileId: stored.id, seq: 1 } });
      second.data = Buffer.from(second.data).fill(0, 0, 10);
      await chunks.save(second);
      await expect(readAll((await files.stream(stored.id)).stream)).rejects.toThrow(/damaged/);
    });
  }
});
