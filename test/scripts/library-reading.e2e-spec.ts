import { courseIdsByCode } from '../support/class-factory';
import { writeScript } from '../support/script-factory';
import { TestApp, TestUser } from '../support/test-app';

interface Summary {
  id: number;
  title: string;
  revision: number;
  readAt?: string | null;
  changedSinceRead?: boolean;
}

/**
 * Finding and reading the script library (§7): search by words and by the pinyin initials of
 * titles, the reading list of new staff with read marks, soft deletion.
 */
describe('finding and reading scripts (§7)', () => {
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
  const titles = (body: { items: Summary[] }) => body.items.map((item) => item.title);

  it('finds scripts by words of the title, body and tags, and by the pinyin initials of titles', async () => {
    const price = await write(manager.accessToken, {
      courseId: courses.TR2,
      situation: 'price_objection',
      title: '价格异议：学费太贵怎么办',
      body: '先认同顾虑，再讲课程价值和分期付款的安排。',
      tags: ['报价'],
    });
    const rejoin = await write(manager.accessToken, {
      courseId: null,
      situation: 'rejoin',
      title: '下车学员回访',
      body: '关心近况，不急于推课；说明可以插班继续学习。',
      tags: ['上车'],
    });
    const search = async (q: string, extra = '') =>
      titles(
        (
          await t
            .get(`/api/scripts?q=${encodeURIComponent(q)}${extra}`, coordinator.accessToken)
            .expect(200)
        ).body,
      );
    expect(await search('价格')).toEqual([price.title]);
    expect(await search('分期付款')).toEqual([price.title]);
    expect(await search('报价')).toEqual([price.title]);
    expect(await search('jgyy')).toEqual([price.title]);
    expect(await search('JGYY')).toEqual([price.title]);
    expect(await search('jiage')).toEqual([price.title]);
    expect(await search('xcxy')).toEqual([rejoin.title]);
    expect(await search('插班')).toEqual([rejoin.title]);
    expect(await search('课程')).toEqual(expect.arrayContaining([price.title]));
    expect(await search('价格', `&courseId=${courses.TR1}`)).toEqual([]);
    expect(await search('价格', '&situation=price_objection')).toEqual([price.title]);
    expect(await search('没有的词')).toEqual([]);
    expect(await search('，。')).toEqual([]);

    // An edit re-indexes: the old words no longer find it, the new ones do.
    await t
      .patch(`/api/scripts/${rejoin.id}`, manager.accessToken, {
        title: '复训邀请',
        version: rejoin.version,
      })
      .expect(200);
    expect(await search('xcxy')).toEqual([]);
    expect(await search('fxyq')).toEqual(['复训邀请']);

    await t.get('/api/scripts?q=' + 'a'.repeat(101), coordinator.accessToken).expect(400);
  });

  it('lists a course reading list for new staff in order, with each reader own read marks', async () => {
    const second = await write(manager.accessToken, {
      courseId: courses.TA,
      title: 'TA 必读二',
      forNewStaff: true,
      readingOrder: 20,
    });
    const first = await write(manager.accessToken, {
      courseId: courses.TA,
      title: 'TA 必读一',
      forNewStaff: true,
      readingOrder: 10,
    });
    await write(manager.accessToken, { courseId: courses.TA, title: 'TA 非必读' });
    const general = await write(manager.accessToken, {
      courseId: null,
      title: '通用必读',
      forNewStaff: true,
    });

    const list = async (user: TestUser, query = `?courseId=${courses.TA}`) =>
      (await t.get(`/api/scripts/reading-list${query}`, user.accessToken).expect(200)).body;
    const before = await list(coordinator);
    expect(titles(before)).toEqual(['TA 必读一', 'TA 必读二']);
    expect(before.items[0]).toMatchObject({ readAt: null, readRevision: null });
    expect(titles(await list(coordinator, ''))).toEqual([general.title]);

    const read = await t.post(`/api/scripts/${first.id}/read`, coordinator.accessToken).expect(200);
    expect(read.body).toMatchObject({ scriptId: first.id, revision: 1 });
    const after = await list(coordinator);
    expect(after.items[0]).toMatchObject({ title: 'TA 必读一', readRevision: 1 });
    expect(after.items[0].readAt).toEqual(read.body.readAt);
    expect(after.items[0].changedSinceRead).toBe(false);
    expect(after.items[1].readAt).toBeNull();
    // Marks are each reader's own.
    expect((await list(clerk)).items[0].readAt).toBeNull();

    await t
      .patch(`/api/scripts/${first.id}`, manager.accessToken, {
        body: '更新后的内容',
        version: first.version,
      })
      .expect(200);
    expect((await list(coordinator)).items[0]).toMatchObject({
      revision: 2,
      readRevision: 1,
      changedSinceRead: true,
    });
    // Reordered: the list follows.
    await t
      .patch(`/api/scripts/${second.id}`, manager.accessToken, {
        readingOrder: 1,
        version: second.version,
      })
      .expect(200);
    expect(titles(await list(coordinator))).toEqual(['TA 必读二', 'TA 必读一']);
  });

  it('deletes softly: gone from the library, search and reading lists; audited', async () => {
    const script = await write(manager.accessToken, {
      title: '即将删除的话术',
      courseId: courses.TR2,
      forNewStaff: true,
    });
    await t
      .http()
      .delete(`/api/scripts/${script.id}`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .expect(204);
    await t.get(`/api/scripts/${script.id}`, coordinator.accessToken).expect(404);
    await t.get(`/api/scripts/${script.id}/versions`, coordinator.accessToken).expect(404);
    await t
      .patch(`/api/scripts/${script.id}`, manager.accessToken, {
        title: '改不了',
        version: script.version,
      })
      .expect(404);
    const found = await t
      .get(`/api/scripts?q=${encodeURIComponent('即将删除')}`, coordinator.accessToken)
      .expect(200);
    expect(found.body.total).toBe(0);
    const reading = await t
      .get(`/api/scripts/reading-list?courseId=${courses.TR2}`, coordinator.accessToken)
      .expect(200);
    expect(titles(reading.body)).not.toContain('即将删除的话术');
    const audit = await t
      .get(
        `/api/admin/audit-logs?action=script.delete&entityType=Script&entityId=${script.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actorId: manager.id,
      before: { title: '即将删除的话术' },
    });
  });
});
