import { courseIdsByCode } from '../support/class-factory';
import { writeScript } from '../support/script-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * The script library (常用术语集, §7): versions on every edit, who may edit, what is refused.
 * Search, the reading list and deletion: library-reading.e2e-spec.ts.
 */
describe('script library (§7)', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let coordinator: TestUser;
  let clerk: TestUser;
  let courses: Record<string, number>;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager', { displayName: '王经理' });
    coordinator = await t.createUser('coordinator', { displayName: '李统筹' });
    clerk = await t.createUser('clerk');
    courses = await courseIdsByCode(t, admin.accessToken);
  });
  afterAll(() => t.close());

  const write = (token: string, fields: Record<string, unknown> = {}) =>
    writeScript(t, token, courses.TR1, { title: '一阶段课程介绍', ...fields });

  it('keeps every edit as a version with its author and time, shows the current one and the old ones', async () => {
    const created = await write(manager.accessToken, {
      title: '首次通话开场白',
      situation: 'first_call',
      body: '您好，我是同人国兴的小李。',
      tags: ['开场'],
    });
    expect(created).toMatchObject({
      situation: 'first_call',
      situationLabel: '首次通话',
      course: { id: courses.TR1, code: 'TR1' },
      revision: 1,
      tags: ['开场'],
      forNewStaff: false,
      createdBy: { id: manager.id, displayName: '王经理' },
      updatedBy: { id: manager.id, displayName: '王经理' },
    });

    const edited = await t
      .patch(`/api/scripts/${created.id}`, admin.accessToken, {
        body: '您好，我是同人国兴的小李，耽误您两分钟。',
        tags: ['开场', '礼貌'],
        version: created.version,
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      revision: 2,
      body: '您好，我是同人国兴的小李，耽误您两分钟。',
      createdBy: { id: manager.id },
      updatedBy: { id: admin.id },
    });
    // The version read before the edit is stale now.
    const stale = await t
      .patch(`/api/scripts/${created.id}`, manager.accessToken, {
        title: '另一个标题',
        version: created.version,
      })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    // An edit that changes nothing is no new version.
    const same = await t
      .patch(`/api/scripts/${created.id}`, manager.accessToken, {
        title: '首次通话开场白',
        version: edited.body.version,
      })
      .expect(200);
    expect(same.body.revision).toBe(2);

    const current = await t.get(`/api/scripts/${created.id}`, clerk.accessToken).expect(200);
    expect(current.body).toMatchObject({ revision: 2, body: edited.body.body });

    const history = await t
      .get(`/api/scripts/${created.id}/versions`, coordinator.accessToken)
      .expect(200);
    expect(history.body).toMatchObject({ total: 2, page: 1 });
    expect(
      history.body.items.map((v: { revision: number; changes: string[]; changedBy: object }) => [
        v.revision,
        v.changes,
        v.changedBy,
      ]),
    ).toEqual([
      [2, ['body', 'tags'], { id: admin.id, displayName: expect.any(String) }],
      [
        1,
        ['courseId', 'situation', 'title', 'body', 'tags', 'forNewStaff', 'readingOrder'],
        { id: manager.id, displayName: '王经理' },
      ],
    ]);
    for (const v of history.body.items as { changedAt: string }[])
      expect(Date.parse(v.changedAt)).not.toBeNaN();

    const first = await t
      .get(`/api/scripts/${created.id}/versions/1`, coordinator.accessToken)
      .expect(200);
    expect(first.body).toMatchObject({
      scriptId: created.id,
      revision: 1,
      current: false,
      body: '您好，我是同人国兴的小李。',
      tags: ['开场'],
      changedBy: { id: manager.id },
    });
    const latest = await t
      .get(`/api/scripts/${created.id}/versions/2`, coordinator.accessToken)
      .expect(200);
    expect(latest.body).toMatchObject({ current: true, body: edited.body.body });
    await t.get(`/api/scripts/${created.id}/versions/3`, coordinator.accessToken).expect(404);
    const paged = await t
      .get(`/api/scripts/${created.id}/versions?pageSize=1&page=2`, coordinator.accessToken)
      .expect(200);
    expect(paged.body.items.map((v: { revision: number }) => v.revision)).toEqual([1]);

    const audit = await t
      .get(
        `/api/admin/audit-logs?action=script.update&entityType=Script&entityId=${created.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actorId: admin.id,
      after: { tags: ['开场', '礼貌'] },
    });
  });

  it('lets a coordinator edit only once granted Script:update', async () => {
    const script = await write(manager.accessToken, { title: '授权前' });
    await t
      .post('/api/scripts', coordinator.accessToken, {
        situation: 'other',
        title: '统筹人写的',
        body: '内容',
      })
      .expect(403);
    await t
      .patch(`/api/scripts/${script.id}`, coordinator.accessToken, {
        title: '统筹人改的',
        version: script.version,
      })
      .expect(403);

    const account = await t
      .get(`/api/admin/users/${coordinator.id}`, admin.accessToken)
      .expect(200);
    await t
      .put(`/api/admin/users/${coordinator.id}/permissions`, admin.accessToken, {
        grants: ['Script:update'],
        denials: [],
        version: account.body.version,
      })
      .expect(200);

    await t
      .post('/api/scripts', coordinator.accessToken, {
        situation: 'other',
        title: '统筹人写的',
        body: '内容',
      })
      .expect(201);
    const edited = await t
      .patch(`/api/scripts/${script.id}`, coordinator.accessToken, {
        title: '统筹人改的',
        version: script.version,
      })
      .expect(200);
    expect(edited.body).toMatchObject({ revision: 2, updatedBy: { id: coordinator.id } });
    // Others still may not.
    await t
      .http()
      .delete(`/api/scripts/${script.id}`)
      .set('Authorization', `Bearer ${clerk.accessToken}`)
      .expect(403);
  });

  it('refuses an unknown course, situation or oversized text', async () => {
    const bad = await t
      .post('/api/scripts', manager.accessToken, {
        courseId: 999999,
        situation: 'other',
        title: '课程不存在',
        body: '内容',
      })
      .expect(400);
    expect(bad.body.details[0].field).toBe('courseId');
    for (const fields of [
      { situation: 'gossip' },
      { title: 'x'.repeat(101) },
      { body: 'x'.repeat(10_001) },
      { tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      { title: '' },
    ])
      await t
        .post('/api/scripts', manager.accessToken, {
          situation: 'other',
          title: '标题',
          body: '内容',
          ...fields,
        })
        .expect(400);
  });
});
