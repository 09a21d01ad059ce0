import { uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

interface Detail {
  id: number;
  term: number;
  version: number;
  headCoach: { id: number; name: string } | null;
  staff: { coach: { id: number; name: string }; role: string; forcedReason: string | null }[];
  groups: { id: number; name: string; assistant: { id: number } | null }[];
}

describe('class staff, groups, clashes and who is free (§5, §9.2)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;
  let tr1: number;
  let term = 500;
  let codes = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    const courses = await t.get('/api/courses', coordinator.accessToken).expect(200);
    tr1 = (courses.body as { code: string; id: number }[]).find((c) => c.code === 'TR1')!.id;
  });
  afterAll(() => t.close());

  async function coach(
    name: string,
    kinds: string[],
    levelCode = 'senior',
    courseIds = [tr1],
  ): Promise<{ id: number; version: number }> {
    const created = await t
      .post('/api/coaches', coordinator.accessToken, {
        name,
        mobile: uniqueMobile(),
        kinds,
        levelCode,
        courseIds,
      })
      .expect(201);
    return created.body;
  }

  async function trainingClass(
    startDate: string,
    endDate: string,
    courseId = tr1,
  ): Promise<Detail> {
    term += 1;
    const created = await t
      .post('/api/classes', coordinator.accessToken, { courseId, term, startDate, endDate })
      .expect(201);
    return created.body;
  }

  async function detail(id: number): Promise<Detail> {
    return (await t.get(`/api/classes/${id}`, coordinator.accessToken).expect(200)).body;
  }

  function staff(user: TestUser, row: { id: number; version: number }, body: object) {
    return t.put(`/api/classes/${row.id}/staff`, user.accessToken, {
      version: row.version,
      members: [],
      ...body,
    });
  }

  it('sets the head coach and staff, and shows them with the class', async () => {
    const head = await coach('主教练甲', ['coach']);
    const helper = await coach('助教乙', ['assistant']);
    const row = await trainingClass('2027-10-01', '2027-10-20');
    const set = await staff(coordinator, row, {
      headCoachId: head.id,
      members: [{ coachId: helper.id, role: 'assistant' }],
    }).expect(200);
    expect(set.body).toMatchObject({
      headCoach: { id: head.id, name: '主教练甲' },
      staff: [
        { coach: { id: head.id }, role: 'head_coach', forcedReason: null },
        { coach: { id: helper.id }, role: 'assistant' },
      ],
      version: row.version + 1,
    });
    expect(await detail(row.id)).toEqual(set.body);

    const notACoach = await staff(coordinator, set.body, { headCoachId: helper.id }).expect(422);
    expect(notACoach.body.code).toBe('CANNOT_SERVE');
    const twice = await staff(coordinator, set.body, {
      headCoachId: head.id,
      members: [{ coachId: head.id, role: 'coach' }],
    }).expect(400);
    expect(twice.body.code).toBe('VALIDATION_FAILED');
    const stale = await staff(coordinator, row, { headCoachId: head.id }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const retired = await coach('已停用丙', ['assistant']);
    await t
      .patch(`/api/coaches/${retired.id}`, coordinator.accessToken, {
        active: false,
        version: retired.version,
      })
      .expect(200);
    const inactive = await staff(coordinator, set.body, {
      members: [{ coachId: retired.id, role: 'assistant' }],
    }).expect(422);
    expect(inactive.body.code).toBe('CANNOT_SERVE');
    expect(await detail(row.id)).toEqual(set.body);
  });

  it('refuses a clash naming the class, and lets only a manager force it, audited', async () => {
    const head = await coach('忙碌的教练', ['coach']);
    const first = await trainingClass('2028-01-05', '2028-01-20');
    await staff(coordinator, first, { headCoachId: head.id }).expect(200);
    const second = await trainingClass('2028-01-18', '2028-01-30');

    const clash = await staff(coordinator, second, { headCoachId: head.id }).expect(409);
    expect(clash.body.code).toBe('STAFF_CLASH');
    expect(clash.body.message).toContain('忙碌的教练');
    expect(clash.body.message).toContain(`一阶段 TR1第 ${first.term} 期`);
    expect(clash.body.message).toContain('2028-01-05 至 2028-01-20');

    const notManager = await staff(coordinator, second, {
      headCoachId: head.id,
      forceReason: '学员要求',
    }).expect(403);
    expect(notManager.body.code).toBe('FORBIDDEN');
    expect((await detail(second.id)).headCoach).toBeNull();

    const forced = await staff(manager, second, {
      headCoachId: head.id,
      forceReason: '两个班只重叠三天，周末由他兼顾',
    }).expect(200);
    expect(forced.body.staff).toEqual([
      expect.objectContaining({
        role: 'head_coach',
        forcedReason: '两个班只重叠三天，周末由他兼顾',
      }),
    ]);
    const audit = await t
      .get(
        `/api/admin/audit-logs?action=class.staff.force&entityType=Class&entityId=${second.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actorId: manager.id,
      meta: { reason: '两个班只重叠三天，周末由他兼顾', clashes: [{ coachId: head.id }] },
    });
  });

  it("refuses a clash with a coach's declared unavailable period", async () => {
    const away = await coach('出差的助教', ['assistant']);
    await t
      .post(`/api/coaches/${away.id}/unavailability`, coordinator.accessToken, {
        fromDate: '2028-03-01',
        toDate: '2028-03-10',
        reason: '出差',
      })
      .expect(201);
    const row = await trainingClass('2028-03-09', '2028-03-12');
    const clash = await staff(coordinator, row, {
      members: [{ coachId: away.id, role: 'assistant' }],
    }).expect(409);
    expect(clash.body.message).toContain('不可安排');
    expect(clash.body.message).toContain('出差');
  });

  it("re-checks the staff when a class's dates move onto a coach's other class", async () => {
    const helper = await coach('两班助教', ['assistant']);
    const busy = await trainingClass('2028-05-01', '2028-05-10');
    await staff(coordinator, busy, { members: [{ coachId: helper.id, role: 'assistant' }] }).expect(
      200,
    );
    const later = await trainingClass('2028-06-01', '2028-06-10');
    const withStaff = (
      await staff(coordinator, later, {
        members: [{ coachId: helper.id, role: 'assistant' }],
      }).expect(200)
    ).body;
    const moved = await t
      .patch(`/api/classes/${later.id}`, coordinator.accessToken, {
        startDate: '2028-05-08',
        endDate: '2028-05-20',
        version: withStaff.version,
      })
      .expect(409);
    expect(moved.body.code).toBe('STAFF_CLASH');
    expect(moved.body.message).toContain('2028-05-01 至 2028-05-10');
    expect(await detail(later.id)).toMatchObject({
      startDate: '2028-06-01',
      version: withStaff.version,
    });

    const free = await t
      .patch(`/api/classes/${later.id}`, coordinator.accessToken, {
        startDate: '2028-05-11',
        endDate: '2028-05-20',
        version: withStaff.version,
      })
      .expect(200);
    // The staff's time moved with the class: the old dates are free, the new ones taken.
    const available = async (from: string, to: string) =>
      (
        await t
          .get(
            `/api/coaches/available?from=${from}&to=${to}&kind=assistant`,
            coordinator.accessToken,
          )
          .expect(200)
      ).body;
    expect(
      (await available('2028-06-01', '2028-06-10')).free.map((c: { id: number }) => c.id),
    ).toContain(helper.id);
    const busyThen = await available('2028-05-15', '2028-05-16');
    expect(busyThen.busy).toContainEqual(
      expect.objectContaining({
        coach: expect.objectContaining({ id: helper.id }),
        busyWith: [
          expect.objectContaining({ kind: 'class', classId: later.id, from: '2028-05-11' }),
        ],
      }),
    );
    expect(free.body.version).toBe(withStaff.version + 1);
  });

  it('lists exactly the free coaches of a period, best level first, and why the others are not', async () => {
    codes += 1;
    const course = (
      await t
        .post('/api/courses', admin.accessToken, { code: `AVAIL-${codes}`, name: '可用性测试课' })
        .expect(201)
    ).body.id as number;
    const expert = await coach('资深甲', ['coach'], 'expert', [course]);
    const junior = await coach('初级乙', ['coach'], 'junior', [course]);
    const senior = await coach('高级丙', ['coach'], 'senior', [course]);
    const away = await coach('请假丁', ['coach'], 'expert', [course]);
    const teaching = await coach('在班戊', ['coach'], 'senior', [course]);
    const cancelled = await coach('班取消己', ['coach'], 'intermediate', [course]);
    await coach('只做助教庚', ['assistant'], 'expert', [course]);
    await coach('别的课辛', ['coach'], 'expert', [tr1]);

    await t
      .post(`/api/coaches/${away.id}/unavailability`, coordinator.accessToken, {
        fromDate: '2028-08-10',
        toDate: '2028-08-12',
        reason: '休假',
      })
      .expect(201);
    const running = await trainingClass('2028-08-01', '2028-08-08', course);
    await staff(coordinator, running, { headCoachId: teaching.id }).expect(200);
    const dropped = await trainingClass('2028-08-06', '2028-08-09', course);
    const droppedStaff = (
      await staff(coordinator, dropped, { headCoachId: cancelled.id }).expect(200)
    ).body;
    await t
      .put(`/api/classes/${dropped.id}/status`, coordinator.accessToken, {
        status: 'cancelled',
        version: droppedStaff.version,
      })
      .expect(200);

    const answer = (
      await t
        .get(
          `/api/coaches/available?from=2028-08-08&to=2028-08-14&kind=coach&courseId=${course}`,
          coordinator.accessToken,
        )
        .expect(200)
    ).body;
    expect(answer.free.map((c: { id: number }) => c.id)).toEqual([
      expert.id,
      senior.id,
      cancelled.id,
      junior.id,
    ]);
    expect(answer.freeTotal).toBe(4);
    expect(answer.busyTotal).toBe(2);
    expect(answer.busy).toEqual([
      {
        coach: expect.objectContaining({ id: away.id }),
        busyWith: [
          {
            kind: 'unavailable',
            classId: null,
            courseName: null,
            term: null,
            reason: '休假',
            from: '2028-08-10',
            to: '2028-08-12',
          },
        ],
      },
      {
        coach: expect.objectContaining({ id: teaching.id }),
        busyWith: [
          {
            kind: 'class',
            classId: running.id,
            courseName: '可用性测试课',
            term: expect.any(Number),
            reason: null,
            from: '2028-08-01',
            to: '2028-08-08',
          },
        ],
      },
    ]);
    const paged = (
      await t
        .get(
          `/api/coaches/available?from=2028-08-08&to=2028-08-14&kind=coach&courseId=${course}&pageSize=2&page=2`,
          coordinator.accessToken,
        )
        .expect(200)
    ).body;
    expect(paged.free.map((c: { id: number }) => c.id)).toEqual([cancelled.id, junior.id]);
    for (const query of [
      'from=2028-08-08',
      'from=2028-08-14&to=2028-08-08',
      'from=2028-01-01&to=2028-06-30',
      'from=x&to=y',
    ])
      await t.get(`/api/coaches/available?${query}`, coordinator.accessToken).expect(400);
  });

  it('keeps groups led by the class assistants', async () => {
    const head = await coach('组长教练', ['coach']);
    const one = await coach('一组助教', ['assistant']);
    const two = await coach('二组助教', ['assistant']);
    const row = await trainingClass('2028-10-01', '2028-10-05');
    const staffed = (
      await staff(coordinator, row, {
        headCoachId: head.id,
        members: [
          { coachId: one.id, role: 'assistant' },
          { coachId: two.id, role: 'assistant' },
        ],
      }).expect(200)
    ).body as Detail;
    const grouped = await t
      .put(`/api/classes/${row.id}/groups`, coordinator.accessToken, {
        version: staffed.version,
        groups: [
          { name: '第一组', assistantId: one.id },
          { name: '第二组', assistantId: two.id },
        ],
      })
      .expect(200);
    expect(grouped.body.groups).toEqual([
      {
        id: expect.any(Number),
        name: '第一组',
        assistant: expect.objectContaining({ id: one.id }),
      },
      {
        id: expect.any(Number),
        name: '第二组',
        assistant: expect.objectContaining({ id: two.id }),
      },
    ]);
    const notAssistant = await t
      .put(`/api/classes/${row.id}/groups`, coordinator.accessToken, {
        version: grouped.body.version,
        groups: [{ name: '第三组', assistantId: head.id }],
      })
      .expect(422);
    expect(notAssistant.body.code).toBe('NOT_AN_ASSISTANT');
    const unknown = await t
      .put(`/api/classes/${row.id}/groups`, coordinator.accessToken, {
        version: grouped.body.version,
        groups: [{ id: 999_999, name: '假组' }],
      })
      .expect(400);
    expect(unknown.body.details[0].field).toBe('groups[0].id');
    const [first] = grouped.body.groups;
    const renamed = await t
      .put(`/api/classes/${row.id}/groups`, coordinator.accessToken, {
        version: grouped.body.version,
        groups: [{ id: first.id, name: '先锋组', assistantId: one.id }],
      })
      .expect(200);
    expect(renamed.body.groups).toEqual([
      { id: first.id, name: '先锋组', assistant: expect.objectContaining({ id: one.id }) },
    ]);
    // An assistant taken off the staff no longer leads a group.
    const reduced = await staff(coordinator, renamed.body, { headCoachId: head.id }).expect(200);
    expect(reduced.body.groups).toEqual([{ id: first.id, name: '先锋组', assistant: null }]);
  });

  it('keeps the staff of a finished class as it was', async () => {
    const head = await coach('结业教练', ['coach']);
    const row = await trainingClass('2026-01-05', '2026-01-09');
    let version = row.version;
    for (const next of ['enrolling', 'running', 'finished'])
      version = (
        await t
          .put(`/api/classes/${row.id}/status`, coordinator.accessToken, { status: next, version })
          .expect(200)
      ).body.version;
    const refused = await staff(
      coordinator,
      { id: row.id, version },
      { headCoachId: head.id },
    ).expect(422);
    expect(refused.body.code).toBe('CLASS_CLOSED');
  });
});
