import { courseIdsByCode } from '../support/class-factory';
import { TestApp, TestUser } from '../support/test-app';

interface Summary {
  id: number;
  title: string;
  revision: number;
  readAt?: string | null;
  changedSinceRead?: boolean;
}

/**
 * The script library (常用术语集, §7): versions on every edit, search by words and by the
 * pinyin initials of titles, the reading list of new staff, who may edit, soft delete.
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

  async function write(token: string, fields: object = {}) {
    return (
      await t
        .post('/api/scripts', token, {
          courseId: courses.TR1,
          situation: 'course_intro',
          title: '一阶段课程介绍',
          body: '一阶段 TR1 帮助学员看见自己的模式。',
          ...fields,
        })
        .expect(201)
    ).body;
  }
  const titles = (body: { items: Summary[] }) => body.items.map((item) => item.title);

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
