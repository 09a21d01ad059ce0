import { createDocument } from '../support/document-factory';
import { TestApp, TestUser } from '../support/test-app';

/** The library's folders: nested to a limit, named once per place, deleted only when empty. */
describe('document folders', () => {
  let t: TestApp;
  let clerk: TestUser;
  let coordinator: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    clerk = await t.createUser('clerk');
    coordinator = await t.createUser('coordinator');
  });
  afterAll(() => t.close());

  const create = (name: string, parentId?: number) =>
    t.post('/api/documents/folders', clerk.accessToken, { name, parentId });
  const remove = (id: number) =>
    t
      .http()
      .delete(`/api/documents/folders/${id}`)
      .set('Authorization', `Bearer ${clerk.accessToken}`);

  it('nests folders at most five deep', async () => {
    let parentId: number | undefined;
    for (let depth = 1; depth <= 5; depth += 1) {
      const folder = await create(`第 ${depth} 层`, parentId).expect(201);
      expect(folder.body).toMatchObject({ depth, parentId: parentId ?? null });
      parentId = folder.body.id;
    }
    const tooDeep = await create('第 6 层', parentId).expect(422);
    expect(tooDeep.body.code).toBe('FOLDER_TOO_DEEP');
    await create('不存在的上级', 999_999).expect(404);
  });

  it('lists the folders of one place, and keeps names unique there', async () => {
    const top = (await create('课程资料').expect(201)).body;
    await create('TR1', top.id).expect(201);
    await create('TR2', top.id).expect(201);
    expect((await create('TR1', top.id).expect(409)).body.code).toBe('FOLDER_NAME_TAKEN');
    const children = await t
      .get(`/api/documents/folders?parentId=${top.id}`, coordinator.accessToken)
      .expect(200);
    expect(children.body.items.map((f: { name: string }) => f.name)).toEqual(['TR1', 'TR2']);
    const roots = await t.get('/api/documents/folders?pageSize=200', coordinator.accessToken);
    expect(roots.body.items.map((f: { name: string }) => f.name)).toContain('课程资料');
  });

  it('renames at the version loaded, and refuses a name taken', async () => {
    const folder = (await create('旧名字').expect(201)).body;
    await create('已有名字').expect(201);
    await t
      .patch(`/api/documents/folders/${folder.id}`, clerk.accessToken, {
        name: '已有名字',
        version: folder.version,
      })
      .expect(409);
    const renamed = await t
      .patch(`/api/documents/folders/${folder.id}`, clerk.accessToken, {
        name: '新名字',
        version: folder.version,
      })
      .expect(200);
    expect(renamed.body.name).toBe('新名字');
    await t
      .patch(`/api/documents/folders/${folder.id}`, clerk.accessToken, {
        name: '再改',
        version: folder.version,
      })
      .expect(409);
  });

  it('deletes a folder only once it holds no folder and no live document', async () => {
    const outer = (await create('待删除').expect(201)).body;
    const inner = (await create('子文件夹', outer.id).expect(201)).body;
    expect((await remove(outer.id).expect(409)).body.code).toBe('FOLDER_NOT_EMPTY');
    const document = await createDocument(t, clerk, { folderId: inner.id });
    await remove(inner.id).expect(409);
    await t
      .http()
      .delete(`/api/documents/${document.id}`)
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .expect(204);
    await remove(inner.id).expect(204);
    await remove(outer.id).expect(204);
    await remove(outer.id).expect(404);
  });
});
