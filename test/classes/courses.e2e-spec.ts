import { TestApp, TestUser } from '../support/test-app';

interface CourseBody {
  id: number;
  code: string;
  name: string;
  kind: string;
  stage: number | null;
  defaultFeeFen: number;
  description: string | null;
  active: boolean;
  sortOrder: number;
  version: number;
}

interface AuditRow {
  action: string;
  actorId: number | null;
  entityType: string | null;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('courses (§9.1)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;
  let codes = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  async function courses(query = ''): Promise<CourseBody[]> {
    return (await t.get(`/api/courses${query}`, coordinator.accessToken).expect(200)).body;
  }

  async function course(code: string): Promise<CourseBody> {
    const found = (await courses()).find((entry) => entry.code === code);
    if (!found) throw new Error(`no course ${code}`);
    return found;
  }

  async function toolCourse(name = '沟通工具课'): Promise<CourseBody> {
    codes += 1;
    const created = await t
      .post('/api/courses', admin.accessToken, {
        code: `TOOL-${codes}`,
        name,
        defaultFeeFen: 128000,
      })
      .expect(201);
    return created.body;
  }

  async function classOf(courseId: number, term: number) {
    return t
      .post('/api/classes', coordinator.accessToken, {
        courseId,
        term,
        startDate: '2027-03-06',
        endDate: '2027-03-28',
      })
      .expect(201);
  }

  it('lists the seeded main line first, in its order, then the tool courses, for every role', async () => {
    const list = await courses();
    expect(
      list.slice(0, 3).map((entry) => [entry.code, entry.name, entry.kind, entry.stage]),
    ).toEqual([
      ['TR1', '一阶段 TR1', 'main', 1],
      ['TR2', '二阶段 TR2', 'main', 2],
      ['TA', '三阶段 TA', 'main', 3],
    ]);
    expect(list.slice(3, 9).map((entry) => entry.name)).toEqual([
      'CP 一讲',
      'CP 二讲',
      '九型人格初级',
      '九型人格中级',
      'EP 企业精英内训',
      '总裁班',
    ]);
    expect(list.slice(3, 9).every((entry) => entry.kind === 'tool' && entry.stage === null)).toBe(
      true,
    );
    const tools = await courses('?kind=tool');
    expect(tools.every((entry) => entry.kind === 'tool')).toBe(true);
    const tr1 = await course('TR1');
    await t.get(`/api/courses/${tr1.id}`, manager.accessToken).expect(200);
    await t.get('/api/courses/999999', manager.accessToken).expect(404);
  });

  it('refuses every way of changing the main line, and changes only its fee and description', async () => {
    const tr1 = await course('TR1');
    const attempts: [string, object][] = [
      ['rename', { name: '新一阶段' }],
      ['re-order', { sortOrder: 999 }],
      ['retire', { active: false }],
      ['re-stage', { stage: 2 }],
    ];
    for (const [what, change] of attempts) {
      const refused = await t
        .patch(`/api/courses/${tr1.id}`, admin.accessToken, { ...change, version: tr1.version })
        .expect(422);
      expect([what, refused.body.code]).toEqual([what, 'MAIN_LINE_FIXED']);
      expect(refused.body.message).toContain('主线');
    }
    const removed = await t
      .http()
      .delete(`/api/courses/${tr1.id}`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .expect(422);
    expect(removed.body.code).toBe('MAIN_LINE_FIXED');
    const ta = await course('TA');
    const intoTools = await t
      .patch(`/api/courses/${ta.id}`, admin.accessToken, { stage: null, version: ta.version })
      .expect(422);
    expect(intoTools.body.code).toBe('MAIN_LINE_FIXED');
    expect(await course('TR1')).toEqual(tr1);

    const changed = await t
      .patch(`/api/courses/${tr1.id}`, admin.accessToken, {
        defaultFeeFen: 1980000,
        description: '三阶段主线的第一阶段',
        name: tr1.name,
        version: tr1.version,
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      code: 'TR1',
      name: '一阶段 TR1',
      stage: 1,
      defaultFeeFen: 1980000,
      description: '三阶段主线的第一阶段',
      version: tr1.version + 1,
    });
    const audit = await t
      .get(
        `/api/admin/audit-logs?action=course.update&entityType=Course&entityId=${tr1.id}`,
        manager.accessToken,
      )
      .expect(200);
    const [row] = audit.body.items as AuditRow[];
    expect(row).toMatchObject({
      actorId: admin.id,
      before: { defaultFeeFen: 0 },
      after: { defaultFeeFen: 1980000 },
    });
  });

  it('adds, edits and retires tool courses; a retired one takes no new class and keeps its old ones', async () => {
    const tool = await toolCourse('九型人格高级');
    expect(tool).toMatchObject({ kind: 'tool', stage: null, active: true, defaultFeeFen: 128000 });
    const duplicate = await t
      .post('/api/courses', admin.accessToken, { code: tool.code, name: '重复' })
      .expect(409);
    expect(duplicate.body.code).toBe('DUPLICATE_CODE');

    const renamed = await t
      .patch(`/api/courses/${tool.id}`, admin.accessToken, {
        name: '九型人格（高级）',
        version: tool.version,
      })
      .expect(200);
    const staged = await t
      .patch(`/api/courses/${tool.id}`, admin.accessToken, {
        stage: 1,
        version: renamed.body.version,
      })
      .expect(422);
    expect(staged.body.code).toBe('STAGE_FIXED');

    const old = await classOf(tool.id, 1);
    const retired = await t
      .patch(`/api/courses/${tool.id}`, admin.accessToken, {
        active: false,
        version: renamed.body.version,
      })
      .expect(200);
    expect(retired.body.active).toBe(false);
    expect((await courses('?active=true')).map((entry) => entry.id)).not.toContain(tool.id);
    expect((await courses('?active=false')).map((entry) => entry.id)).toContain(tool.id);

    const refused = await t
      .post('/api/classes', coordinator.accessToken, {
        courseId: tool.id,
        term: 2,
        startDate: '2027-05-01',
        endDate: '2027-05-03',
      })
      .expect(422);
    expect(refused.body.code).toBe('COURSE_RETIRED');
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'courseId' })]);

    const kept = await t.get(`/api/classes/${old.body.id}`, coordinator.accessToken).expect(200);
    expect(kept.body).toMatchObject({ term: 1, course: { id: tool.id, name: '九型人格（高级）' } });

    const inUse = await t
      .http()
      .delete(`/api/courses/${tool.id}`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .expect(409);
    expect(inUse.body.code).toBe('IN_USE');
  });

  it('removes a tool course no class used, audited', async () => {
    const tool = await toolCourse('试听课');
    await t
      .http()
      .delete(`/api/courses/${tool.id}`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .expect(204);
    await t.get(`/api/courses/${tool.id}`, admin.accessToken).expect(404);
    const audit = await t
      .get(
        `/api/admin/audit-logs?action=course.&entityType=Course&entityId=${tool.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect((audit.body.items as AuditRow[]).map((row) => row.action)).toEqual([
      'course.delete',
      'course.create',
    ]);
  });

  it('answers a stale version with 409 and changes nothing', async () => {
    const tool = await toolCourse('版本课');
    await t
      .patch(`/api/courses/${tool.id}`, admin.accessToken, {
        name: '第一次',
        version: tool.version,
      })
      .expect(200);
    const stale = await t
      .patch(`/api/courses/${tool.id}`, admin.accessToken, {
        name: '第二次',
        version: tool.version,
      })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await t.get(`/api/courses/${tool.id}`, admin.accessToken).expect(200)).body.name).toBe(
      '第一次',
    );
  });

  it('refuses wrong, missing and hostile input with 400 and stores nothing', async () => {
    const before = (await courses()).length;
    const bodies: object[] = [
      {},
      { name: '无代码' },
      { code: 'lower', name: '小写代码' },
      { code: 'X', name: '太短' },
      { code: 'OK-1', name: '' },
      { code: 'OK-2', name: '名'.repeat(51) },
      { code: 'OK-3', name: '负学费', defaultFeeFen: -1 },
      { code: 'OK-4', name: '小数学费', defaultFeeFen: 10.5 },
      { code: 'OK-5', name: '文字学费', defaultFeeFen: '100' },
      { code: 'OK-9', name: '天价学费', defaultFeeFen: 2_147_483_648 },
      { code: 'OK-6', name: '主线', kind: 'main', stage: 1 },
      { code: 'OK-7', name: '<script>alert(1)</script>', description: 'x'.repeat(2001) },
      { code: 'OK-8', name: { $gt: '' } },
    ];
    for (const body of bodies) {
      const refused = await t.post('/api/courses', admin.accessToken, body);
      expect([JSON.stringify(body).slice(0, 60), refused.status]).toEqual([
        JSON.stringify(body).slice(0, 60),
        400,
      ]);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await courses()).length).toBe(before);
    const english = await t
      .post('/api/courses', admin.accessToken, { code: 'lower', name: 'x' })
      .set('Accept-Language', 'en')
      .expect(400);
    expect(english.body.details[0].messages[0]).toContain('upper-case');
  });

  it('lets only admins write courses', async () => {
    await t.post('/api/courses', manager.accessToken, { code: 'MGR', name: '经理课' }).expect(403);
    await t
      .post('/api/courses', coordinator.accessToken, { code: 'CRD', name: '统筹课' })
      .expect(403);
  });
});
