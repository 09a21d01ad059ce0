import { createDocument, download } from '../support/document-factory';
import { TestApp, TestUser } from '../support/test-app';

interface Attachment {
  id: number;
  title: string;
  fileName: string;
  size: number;
  contentType: string;
}

/**
 * Documents of the library attached to notices (§6 with §1.2 l): an author attaches what the
 * library shows them; each reader sees listed, and may download, only what the library shows
 * them, whatever the notice's audience.
 */
describe('bulletin board attachments', () => {
  let t: TestApp;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    clerk = await t.createUser('clerk');
    otherClerk = await t.createUser('clerk');
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  const notice = (user: TestUser, id: number) =>
    t.get(`/api/bulletin/${id}`, user.accessToken).expect(200);
  const attached = async (user: TestUser, id: number) =>
    ((await notice(user, id)).body.attachments as Attachment[]).map((a) => a.title);

  it("lists to each reader the attachments the library shows them, in the author's order", async () => {
    const forAll = await createDocument(t, clerk, { title: '报名表' }, undefined, '报名表.pdf');
    const forManagers = await createDocument(t, clerk, {
      title: '价格底线',
      visibleRoles: ['manager'],
    });
    const created = await t
      .post('/api/bulletin', clerk.accessToken, {
        title: 'TR1 开课资料',
        body: '附件请下载',
        category: 'schedule',
        audience: 'all',
        attachmentIds: [forManagers.id, forAll.id],
      })
      .expect(201);
    expect(created.body.attachments).toEqual([
      expect.objectContaining({ id: forManagers.id, title: '价格底线' }),
      expect.objectContaining({
        id: forAll.id,
        title: '报名表',
        fileName: '报名表.pdf',
        contentType: 'application/pdf',
      }),
    ]);
    const id = created.body.id as number;

    expect(await attached(manager, id)).toEqual(['价格底线', '报名表']);
    expect(await attached(coordinator, id)).toEqual(['报名表']);
    // The notice's audience does not widen the document's: the library still refuses it.
    await t.get(`/api/documents/${forManagers.id}/download`, coordinator.accessToken).expect(404);
    expect((await download(t, coordinator, `/api/documents/${forAll.id}/download`)).status).toBe(
      200,
    );

    // A document deleted in the library drops off the notice for everyone.
    await t
      .http()
      .delete(`/api/documents/${forAll.id}`)
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .expect(204);
    expect(await attached(manager, id)).toEqual(['价格底线']);
  });

  it('refuses to attach a document the author may not see or that does not exist, naming it', async () => {
    const hidden = await createDocument(t, manager, {
      title: '经理资料',
      visibleRoles: ['manager'],
    });
    const response = await t
      .post('/api/bulletin', otherClerk.accessToken, {
        title: '附件不可见',
        body: '正文',
        category: 'company',
        audience: 'all',
        attachmentIds: [hidden.id, 99_999_999],
      })
      .expect(422);
    expect(response.body.code).toBe('ATTACHMENT_UNAVAILABLE');
    expect(response.body.message).toContain(String(hidden.id));
    expect(response.body.message).toContain('99999999');
    // Nothing was written: the clerk's board holds no such notice.
    const board = await t.get('/api/bulletin?pageSize=200', otherClerk.accessToken).expect(200);
    expect(board.body.items.map((n: { title: string }) => n.title)).not.toContain('附件不可见');
  });

  it('replaces the attachments on a change, keeps them when left out, and audits both lists', async () => {
    const first = await createDocument(t, clerk, { title: '第一份' });
    const second = await createDocument(t, clerk, { title: '第二份' });
    const created = await t
      .post('/api/bulletin', clerk.accessToken, {
        title: '资料更新',
        body: '正文',
        category: 'policy',
        audience: 'all',
        attachmentIds: [first.id],
      })
      .expect(201);
    const id = created.body.id as number;
    const pinned = await t
      .patch(`/api/bulletin/${id}`, clerk.accessToken, {
        version: created.body.version,
        pinned: true,
      })
      .expect(200);
    expect(pinned.body.attachments.map((a: Attachment) => a.id)).toEqual([first.id]);
    const changed = await t
      .patch(`/api/bulletin/${id}`, clerk.accessToken, {
        version: pinned.body.version,
        attachmentIds: [second.id, first.id],
      })
      .expect(200);
    expect(changed.body.attachments.map((a: Attachment) => a.id)).toEqual([second.id, first.id]);
    const cleared = await t
      .patch(`/api/bulletin/${id}`, clerk.accessToken, {
        version: changed.body.version,
        attachmentIds: [],
      })
      .expect(200);
    expect(cleared.body.attachments).toEqual([]);

    const audits = await t
      .get(`/api/admin/audit-logs?action=bulletin.update&entityId=${id}`, manager.accessToken)
      .expect(200);
    const lists = (
      audits.body.items as {
        before: { attachmentIds: number[] };
        after: { attachmentIds: number[] };
      }[]
    )
      .map((row) => [row.before.attachmentIds, row.after.attachmentIds])
      .reverse();
    expect(lists).toEqual([
      [[first.id], [first.id]],
      [[first.id], [second.id, first.id]],
      [[second.id, first.id], []],
    ]);
  });

  it('refuses more than ten attachments, repeated ids and ids that are not whole numbers', async () => {
    for (const attachmentIds of [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [1, 1], [0], ['1'], [1.5]])
      await t
        .post('/api/bulletin', clerk.accessToken, {
          title: '坏附件',
          body: '正文',
          category: 'company',
          audience: 'all',
          attachmentIds,
        })
        .expect(400);
  });
});
