import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import { FileStore } from '../../src/files/file-store';
import { uniqueMobile } from '../support/customer-factory';
import { STRONG_PASSWORD, TestApp, type TestUser } from '../support/test-app';

async function readAll(stream: Readable): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}

/**
 * Two replicas of the application on one PostgreSQL database, with nothing else shared (each
 * has its own scratch directory use, its own memory): a file one of them stored is read,
 * deleted and swept by the other. This is what lets several replicas run without sticky
 * sessions. (Issue 10, item 3.)
 */
describe('file store across two application instances on one PostgreSQL database', () => {
  let a: TestApp;
  let b: TestApp;
  let clerk: TestUser;

  beforeAll(async () => {
    a = await TestApp.start();
    b = await TestApp.start({ sameDatabaseAs: a });
    clerk = await a.createUser('clerk');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('serves the rejected rows of an import run on instance A from instance B, to their owner only', async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet('客户');
    const good = uniqueMobile();
    for (const row of [
      ['姓名*', '手机*'],
      ['副本甲', good],
      ['副本乙', '123'],
      ['副本丙', good],
    ])
      sheet.addRow(row);
    const imported = await a
      .http()
      .post('/api/customers/import?dryRun=false')
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .attach('file', Buffer.from(await book.xlsx.writeBuffer()), 'customers.xlsx')
      .expect(200);
    expect(imported.body).toMatchObject({ total: 3, imported: 1, rejected: 2 });

    // Signed in on B: the session and the file are both in the shared database.
    const onB = (await b.signIn(clerk.username, clerk.password).expect(200)).body
      .accessToken as string;
    const path = `/api/customers/import/rejected/${imported.body.rejectedFileId}`;
    const download = await b
      .http()
      .get(path)
      .set('Authorization', `Bearer ${onB}`)
      .responseType('blob')
      .expect(200);
    expect(download.headers['content-type']).toContain('spreadsheetml');
    const rejected = new Workbook();
    await rejected.xlsx.load(new Uint8Array(download.body as Buffer).buffer);
    const rows: string[] = [];
    rejected.worksheets[0].eachRow((row) => rows.push(row.getCell(1).text));
    expect(rows).toEqual(['姓名*', '副本乙', '副本丙']);

    // Users are made through A's admin API; their tokens hold on B as well.
    const manager = await a.createUser('manager');
    await b.get(path, manager.accessToken).expect(404);
  });

  it('reads on each instance what the other stored, and deletes and sweeps across them', async () => {
    const onA = a.app.get(FileStore);
    const onB = b.app.get(FileStore);
    const bytes = Buffer.from('姓名,手机\n张三,13900000000\n'.repeat(20_000));
    const fromA = await onA.put({ ownerId: clerk.id, kind: 'test-replicas', name: 'a.csv', bytes });
    const seenOnB = await onB.stream(fromA.id);
    expect(seenOnB.meta).toEqual(fromA);
    expect(seenOnB.meta.contentType).toBe('text/csv');
    expect((await readAll(seenOnB.stream)).equals(bytes)).toBe(true);

    const fromB = await onB.put({
      ownerId: clerk.id,
      kind: 'test-replicas',
      name: 'b.bin',
      bytes: bytes.subarray(0, 1000),
    });
    expect(await onA.get(fromB.id)).toEqual(fromB);
    expect(await onA.delete(fromB.id)).toBe(true);
    expect(await onB.get(fromB.id)).toBeNull();

    // Retention ends; the sweep runs on B (the one holding the job's lease) for A's file.
    const expiring = await onA.put({
      ownerId: null,
      kind: 'test-replicas',
      name: 'c.bin',
      bytes,
      retainUntil: new Date(a.clock.now().getTime() + 60_000),
    });
    b.clock.advance(120_000);
    const admin = (await b.signIn('admin', STRONG_PASSWORD).expect(200)).body.accessToken as string;
    const swept = await b.post('/api/admin/jobs/file-retention/run', admin).expect(200);
    expect(swept.body.counts.deleted).toBeGreaterThanOrEqual(1);
    expect(await onA.get(expiring.id)).toBeNull();
    expect(await onA.get(fromA.id)).toEqual(fromA);
  });
});
