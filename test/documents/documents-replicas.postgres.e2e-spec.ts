import { createDocument, download, pdfOfSize, uploadFile } from '../support/document-factory';
import { TestApp, type TestUser } from '../support/test-app';

/**
 * Two replicas on one PostgreSQL database, nothing else shared: a file uploaded to one is
 * taken by a document on the other, and downloaded from either, byte-exact.
 */
describe('document library across two application instances', () => {
  let a: TestApp;
  let b: TestApp;
  let clerkOnA: TestUser;
  let clerkOnB: TestUser;

  beforeAll(async () => {
    a = await TestApp.start();
    b = await TestApp.start({ sameDatabaseAs: a });
    clerkOnA = await a.createUser('clerk');
    const signedIn = await b.signIn(clerkOnA.username, clerkOnA.password).expect(200);
    clerkOnB = { ...clerkOnA, accessToken: signedIn.body.accessToken as string };
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('takes on B the upload made on A, and serves every version from both', async () => {
    const first = pdfOfSize(600 * 1024);
    const upload = await uploadFile(a, clerkOnA, first, '手册.pdf').expect(201);
    const created = await b
      .post('/api/documents', clerkOnB.accessToken, { fileId: upload.body.fileId })
      .expect(201);
    const document = await createDocument(b, clerkOnB, {}, pdfOfSize(1000), '附件.pdf');
    for (const [app, who] of [
      [a, clerkOnA],
      [b, clerkOnB],
    ] as const) {
      const got = await download(app, who, `/api/documents/${created.body.id}/download`).expect(
        200,
      );
      expect(Buffer.compare(got.body as Buffer, first)).toBe(0);
      await download(app, who, `/api/documents/${document.id}/download`).expect(200);
    }
  });
});
