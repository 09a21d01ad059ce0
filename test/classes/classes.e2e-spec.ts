import { TestApp, TestUser } from '../support/test-app';

interface ClassBody {
  id: number;
  course: { id: number; code: string; name: string; kind: string; stage: number | null };
  term: number;
  startDate: string;
  endDate: string;
  firstWeekDate: string | null;
  lastWeekDate: string | null;
  venue: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  capacity: number | null;
  notes: string | null;
  status: string;
  version: number;
}

describe('classes (§9.2)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;
  let finance: TestUser;
  const courseIds: Record<string, number> = {};
  /** each test's classes get terms of their own */
  let nextTerm = 100;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    finance = await t.createUser('finance');
    const courses = await t.get('/api/courses', coordinator.accessToken).expect(200);
    for (const course of courses.body as { code: string; id: number }[])
      courseIds[course.code] = course.id;
  });
  afterAll(() => t.close());

  async function createClass(
    fields: Partial<Omit<ClassBody, 'course'>> & { courseId?: number } = {},
  ) {
    nextTerm += 1;
    const created = await t
      .post('/api/classes', coordinator.accessToken, {
        courseId: courseIds.TR1,
        term: nextTerm,
        startDate: '2027-04-03',
        endDate: '2027-04-25',
        ...fields,
      })
      .expect(201);
    return created.body as ClassBody;
  }

  function status(id: number, to: string, version: number) {
    return t.put(`/api/classes/${id}/status`, coordinator.accessToken, { status: to, version });
  }

  it('forms a class with its facts, in planning, and shows it with its course', async () => {
    const created = await createClass({
      startDate: '2027-06-05',
      endDate: '2027-06-27',
      firstWeekDate: '2027-06-05',
      lastWeekDate: '2027-06-26',
      venue: '上海市徐汇区漕溪北路 88 号 3 楼',
      provinceCode: '31',
      cityCode: '310104',
      capacity: 60,
      notes: '首期试点',
    });
    expect(created).toMatchObject({
      course: { code: 'TR1', name: '一阶段 TR1', kind: 'main', stage: 1 },
      status: 'planning',
      capacity: 60,
      cityCode: '310104',
      version: 1,
    });
    const shown = await t.get(`/api/classes/${created.id}`, finance.accessToken).expect(200);
    expect(shown.body).toEqual({ ...created, headCoach: null, staff: [], groups: [] });
    await t.get('/api/classes/999999', finance.accessToken).expect(404);

    const duplicate = await t
      .post('/api/classes', coordinator.accessToken, {
        courseId: courseIds.TR1,
        term: created.term,
        startDate: '2027-08-01',
        endDate: '2027-08-02',
      })
      .expect(409);
    expect(duplicate.body.code).toBe('DUPLICATE_TERM');
    expect(duplicate.body.message).toContain(`第 ${created.term} 期`);
    // The same term number of another course is another class.
    await createClass({ courseId: courseIds.TR2, term: created.term });
  });

  it('refuses dates out of order and venues outside the regions, naming the fields', async () => {
    const cases: [object, string[]][] = [
      [{ startDate: '2027-05-10', endDate: '2027-05-01' }, ['endDate']],
      [{ firstWeekDate: '2027-03-01' }, ['firstWeekDate']],
      [{ lastWeekDate: '2027-05-30' }, ['lastWeekDate']],
      [{ firstWeekDate: '2027-04-20', lastWeekDate: '2027-04-10' }, ['lastWeekDate']],
      [{ startDate: '2027-02-30' }, ['startDate']],
      [{ provinceCode: '99' }, ['provinceCode']],
      [{ provinceCode: '31', cityCode: '110101' }, ['cityCode']],
      [{ cityCode: '310104' }, ['cityCode']],
    ];
    for (const [fields, faulty] of cases) {
      const refused = await t
        .post('/api/classes', coordinator.accessToken, {
          courseId: courseIds.TR2,
          term: 9000,
          startDate: '2027-04-03',
          endDate: '2027-04-25',
          ...fields,
        })
        .expect(400);
      expect([
        fields,
        refused.body.details.map((detail: { field: string }) => detail.field),
      ]).toEqual([fields, faulty]);
    }
    const list = await t
      .get(`/api/classes?courseId=${courseIds.TR2}`, manager.accessToken)
      .expect(200);
    expect(list.body.items.map((row: ClassBody) => row.term)).not.toContain(9000);
  });

  it('moves status only along planning → enrolling → running → finished, or to cancelled', async () => {
    const row = await createClass();
    const skipped = await status(row.id, 'running', row.version).expect(422);
    expect(skipped.body.code).toBe('BAD_TRANSITION');
    expect(skipped.body.message).toContain('筹备中');
    expect(skipped.body.message).toContain('招生中');
    await status(row.id, 'finished', row.version).expect(422);
    await status(row.id, 'planning', row.version).expect(422);

    const enrolling = (await status(row.id, 'enrolling', row.version).expect(200)).body;
    const paused = (await status(row.id, 'planning', enrolling.version).expect(200)).body;
    const again = (await status(row.id, 'enrolling', paused.version).expect(200)).body;
    const running = (await status(row.id, 'running', again.version).expect(200)).body;
    await status(row.id, 'enrolling', running.version).expect(422);
    const finished = (await status(row.id, 'finished', running.version).expect(200)).body;
    expect(finished.status).toBe('finished');
    for (const next of ['planning', 'enrolling', 'running', 'cancelled']) {
      const refused = await status(row.id, next, finished.version).expect(422);
      expect(refused.body.code).toBe('BAD_TRANSITION');
    }

    const cancelled = await createClass();
    const gone = (await status(cancelled.id, 'cancelled', cancelled.version).expect(200)).body;
    await status(cancelled.id, 'planning', gone.version).expect(422);

    const audit = await t
      .get(
        `/api/admin/audit-logs?action=class.status&entityType=Class&entityId=${row.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toHaveLength(5);
    expect(audit.body.items[0]).toMatchObject({
      actorId: coordinator.id,
      before: { status: 'running' },
      after: { status: 'finished' },
    });
  });

  it('keeps a finished class as it was, its notes aside', async () => {
    const row = await createClass();
    let version = row.version;
    for (const next of ['enrolling', 'running', 'finished'])
      version = (await status(row.id, next, version).expect(200)).body.version;
    const moved = await t
      .patch(`/api/classes/${row.id}`, coordinator.accessToken, { endDate: '2027-05-01', version })
      .expect(422);
    expect(moved.body.code).toBe('CLASS_CLOSED');
    expect(moved.body.details).toEqual([expect.objectContaining({ field: 'endDate' })]);
    const noted = await t
      .patch(`/api/classes/${row.id}`, coordinator.accessToken, { notes: '结业 52 人', version })
      .expect(200);
    expect(noted.body).toMatchObject({ notes: '结业 52 人', endDate: row.endDate });
  });

  it('edits facts at the version read; a stale version gets 409 and changes nothing', async () => {
    const row = await createClass();
    const edited = await t
      .patch(`/api/classes/${row.id}`, coordinator.accessToken, {
        venue: '杭州市西湖区文三路 1 号',
        provinceCode: '33',
        cityCode: '3301',
        capacity: 80,
        version: row.version,
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      venue: '杭州市西湖区文三路 1 号',
      capacity: 80,
      version: 2,
    });
    const stale = await t
      .patch(`/api/classes/${row.id}`, manager.accessToken, { capacity: 10, version: row.version })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const staleStatus = await status(row.id, 'enrolling', row.version).expect(409);
    expect(staleStatus.body.code).toBe('STALE_VERSION');
    // A change checks the dates with the ones it keeps.
    const late = await t
      .patch(`/api/classes/${row.id}`, coordinator.accessToken, {
        firstWeekDate: '2027-05-30',
        version: edited.body.version,
      })
      .expect(400);
    expect(late.body.details[0].field).toBe('firstWeekDate');
    const taken = await createClass();
    const clash = await t
      .patch(`/api/classes/${row.id}`, coordinator.accessToken, {
        term: taken.term,
        version: edited.body.version,
      })
      .expect(409);
    expect(clash.body.code).toBe('DUPLICATE_TERM');
    const shown = await t.get(`/api/classes/${row.id}`, coordinator.accessToken).expect(200);
    expect(shown.body).toMatchObject({ capacity: 80, version: 2, term: row.term });
  });

  it('lists by course, stage, kind, status, venue region and period, newest start first', async () => {
    const cp = courseIds.CP1;
    const a = await createClass({
      courseId: cp,
      startDate: '2029-01-05',
      endDate: '2029-01-07',
      cityCode: '310104',
      provinceCode: '31',
    });
    const b = await createClass({
      courseId: cp,
      startDate: '2029-02-02',
      endDate: '2029-02-04',
      provinceCode: '33',
      cityCode: '3301',
    });
    const c = await createClass({
      courseId: cp,
      startDate: '2029-03-09',
      endDate: '2029-03-11',
      provinceCode: '31',
      cityCode: '310104',
    });
    await status(c.id, 'enrolling', c.version).expect(200);
    const ids = async (query: string) =>
      (await t.get(`/api/classes?${query}`, finance.accessToken).expect(200)).body.items.map(
        (row: ClassBody) => row.id,
      );
    expect(await ids(`courseId=${cp}`)).toEqual([c.id, b.id, a.id]);
    expect(await ids(`courseId=${cp}&sort=startDate`)).toEqual([a.id, b.id, c.id]);
    expect(await ids(`courseId=${cp}&status=enrolling`)).toEqual([c.id]);
    expect(await ids(`courseId=${cp}&cityCode=310104`)).toEqual([c.id, a.id]);
    expect(await ids(`courseId=${cp}&provinceCode=33`)).toEqual([b.id]);
    // Runs at some time in the period: b ends on its first day, c starts on its last.
    expect(await ids(`courseId=${cp}&from=2029-02-04&to=2029-03-09`)).toEqual([c.id, b.id]);
    expect(await ids(`courseId=${cp}&from=2029-01-08&to=2029-02-01`)).toEqual([]);
    expect(await ids('kind=tool&from=2029-01-01&to=2029-12-31')).toEqual([c.id, b.id, a.id]);
    expect(await ids('stage=1&from=2029-01-01&to=2029-12-31')).toEqual([]);
    const page = await t
      .get(`/api/classes?courseId=${cp}&pageSize=2&page=2`, finance.accessToken)
      .expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.items.map((row: ClassBody) => row.id)).toEqual([a.id]);
    const empty = await t
      .get('/api/classes?from=2029-02-01&to=2029-01-01', finance.accessToken)
      .expect(400);
    expect(empty.body.details[0].field).toBe('from');
    await t.get('/api/classes?sort=notes', finance.accessToken).expect(400);
    await t.get('/api/classes?status=open', finance.accessToken).expect(400);
  });

  it('refuses wrong, missing and hostile input with 400 and stores nothing', async () => {
    const count = async () =>
      (await t.get('/api/classes?pageSize=1', manager.accessToken).expect(200)).body.total;
    const before = await count();
    const valid = {
      courseId: courseIds.TA,
      term: 7000,
      startDate: '2027-04-03',
      endDate: '2027-04-25',
    };
    const bodies: object[] = [
      {},
      { ...valid, courseId: undefined },
      { ...valid, courseId: 'TR1' },
      { ...valid, courseId: 2_147_483_648 },
      { ...valid, courseId: 999_999 },
      { ...valid, term: 0 },
      { ...valid, term: 1.5 },
      { ...valid, term: '7000' },
      { ...valid, startDate: '2027/04/03' },
      { ...valid, startDate: '2027-04-03T00:00:00Z' },
      { ...valid, capacity: -1 },
      { ...valid, capacity: 100_001 },
      { ...valid, venue: 'x'.repeat(201) },
      { ...valid, notes: 'x'.repeat(2001) },
      { ...valid, status: 'running' },
      { ...valid, createdById: 1 },
      { ...valid, venue: { $ne: null } },
      [valid],
    ];
    for (const body of bodies) {
      const refused = await t.post('/api/classes', coordinator.accessToken, body);
      expect([JSON.stringify(body).slice(0, 80), refused.status]).toEqual([
        JSON.stringify(body).slice(0, 80),
        400,
      ]);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    expect(await count()).toBe(before);
    const row = await createClass();
    for (const body of [
      { status: 'running' },
      { status: 'done', version: row.version },
      { status: 'enrolling', version: 'x' },
    ])
      await t.put(`/api/classes/${row.id}/status`, coordinator.accessToken, body).expect(400);
    await t
      .patch(`/api/classes/${row.id}`, coordinator.accessToken, {
        courseId: courseIds.TR2,
        version: row.version,
      })
      .expect(400);
    const shown = await t.get(`/api/classes/${row.id}`, coordinator.accessToken).expect(200);
    expect(shown.body).toMatchObject({ status: 'planning', version: 1, course: { code: 'TR1' } });
  });

  it('answers in English on request, with the same code', async () => {
    const row = await createClass();
    const refused = await t
      .put(`/api/classes/${row.id}/status`, coordinator.accessToken, {
        status: 'finished',
        version: row.version,
      })
      .set('Accept-Language', 'en')
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'BAD_TRANSITION' });
    expect(refused.body.message).toBe(
      'The class is "planning" and cannot become "finished". It can become: enrolling, cancelled.',
    );
  });

  it('lets coordinators and managers form and change classes, and everyone read them', async () => {
    for (const user of [admin, finance]) {
      await t
        .post('/api/classes', user.accessToken, {
          courseId: courseIds.TR1,
          term: 8000,
          startDate: '2027-04-03',
          endDate: '2027-04-25',
        })
        .expect(403);
    }
    await t.get('/api/classes', admin.accessToken).expect(200);
    const clerk = await t.createUser('clerk');
    await t.get('/api/classes', clerk.accessToken).expect(200);
    await t
      .post('/api/classes', manager.accessToken, {
        courseId: courseIds.TR1,
        term: 8001,
        startDate: '2027-04-03',
        endDate: '2027-04-25',
      })
      .expect(201);
  });
});
