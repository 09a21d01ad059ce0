import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { FileRecord } from '../../src/files/entities/file-record.entity';
import { createDocument, download, pdfOfSize, uploadFile } from '../support/document-factory';
import { LocalS3 } from '../support/local-s3';
import { TestApp, TestUser } from '../support/test-app';

/**
 * The library on the S3-compatible store (files.storage = s3, as several replicas run): a
 * document's versions live in the bucket, come back byte-exact, and a refused upload leaves
 * no object behind.
 */
describe('document library on an S3-compatible bucket', () => {
  let s3: LocalS3;
  let t: TestApp;
  let clerk: TestUser;
  let finance: TestUser;

  beforeAll(async () => {
    s3 = await LocalS3.start();
    t = await TestApp.start({
      configure: (config) => {
        config.files.storage = 's3';
        config.files.s3 = s3.config;
        config.documents.maxFileMb = 1;
      },
    });
    clerk = await t.createUser('clerk');
    finance = await t.createUser('finance');
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  async function objects(): Promise<number> {
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.config.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    try {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.config.bucket }));
      return listed.KeyCount ?? 0;
    } finally {
      client.destroy();
    }
  }

  it('keeps each version in the bucket and gives it back byte-exact', async () => {
    const before = await objects();
    const first = pdfOfSize(700 * 1024);
    const document = await createDocument(t, clerk, { title: '课程表' }, first, '课程表.pdf');
    const second = pdfOfSize(900 * 1024);
    second[500] = 0x42;
    const upload = await uploadFile(t, clerk, second, '课程表（新）.pdf').expect(201);
    await t
      .post(`/api/documents/${document.id}/versions`, clerk.accessToken, {
        fileId: upload.body.fileId,
      })
      .expect(201);
    expect(await objects()).toBe(before + 2);
    const stored = await t.dataSource
      .getRepository(FileRecord)
      .findOneByOrFail({ id: upload.body.fileId });
    expect(stored.storage).toBe('s3');

    const now = await download(t, finance, `/api/documents/${document.id}/download`).expect(200);
    expect(Buffer.compare(now.body as Buffer, second)).toBe(0);
    const old = await download(
      t,
      finance,
      `/api/documents/${document.id}/versions/${document.current.id}/download`,
    ).expect(200);
    expect(Buffer.compare(old.body as Buffer, first)).toBe(0);
  });

  it('leaves no object and no file row behind a refused upload', async () => {
    const before = [await objects(), await t.dataSource.getRepository(FileRecord).count()];
    await uploadFile(t, clerk, pdfOfSize(3 * 1024 * 1024)).expect(413);
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>');
    await uploadFile(t, clerk, html, 'report.pdf', 'application/pdf').expect(415);
    expect([await objects(), await t.dataSource.getRepository(FileRecord).count()]).toEqual(before);
  });
});
