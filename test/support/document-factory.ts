import type { TestApp, TestUser } from './test-app';

/** A small PDF, with Chinese text in it: enough for the sniffer, byte-exact on the way back. */
export const PDF = Buffer.from(
  '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n员工手册\n',
);

/** A document's bytes of a given size, a PDF by its start. */
export function pdfOfSize(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, 0x41);
  PDF.copy(body);
  return body;
}

/** Uploads `bytes` as `name` (with `declared` as its multipart content type, if given). */
export function uploadFile(
  t: TestApp,
  who: TestUser,
  bytes: Buffer = PDF,
  name = '员工手册.pdf',
  declared?: string,
) {
  return t
    .http()
    .post('/api/documents/uploads')
    .set('Authorization', `Bearer ${who.accessToken}`)
    .attach('file', bytes, declared ? { filename: name, contentType: declared } : name);
}

/** A new document of `who`'s upload, with `fields` (title, visibleRoles, folderId …). */
export async function createDocument(
  t: TestApp,
  who: TestUser,
  fields: Record<string, unknown> = {},
  bytes: Buffer = PDF,
  name = '员工手册.pdf',
): Promise<{ id: number; version: number; current: { id: number } }> {
  const upload = await uploadFile(t, who, bytes, name).expect(201);
  return (
    await t
      .post('/api/documents', who.accessToken, { fileId: upload.body.fileId, ...fields })
      .expect(201)
  ).body;
}

/** The whole body of a download, as bytes. */
export function download(t: TestApp, who: TestUser, path: string) {
  return t
    .get(path, who.accessToken)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}
