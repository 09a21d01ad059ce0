import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

interface CoachBody {
  id: number;
  origin: string;
  customerId: number | null;
  name: string;
  mobile: string | null;
  organisation: string | null;
  kinds: string[];
  level: { code: string; label: string };
  courses: { id: number; code: string; name: string }[];
  active: boolean;
  version: number;
}

describe('coaches and assistants (§5)', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let manager: TestUser;
  let finance: TestUser;
  const courseIds: Record<string, number> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    finance = await t.createUser('finance');
    const courses = await t.get('/api/courses', coordinator.accessToken).expect(200);
    for (const course of courses.body as { code: string; id: number }[])
      courseIds[course.code] = course.id;
  });
  afterAll(() => t.close());

  async function external(fields: object = {}): Promise<CoachBody> {
    const created = await t
      .post('/api/coaches', coordinator.accessToken, {
        name: '外聘张老师',
        mobile: uniqueMobile(),
        organisation: '上海心理咨询中心',
        kinds: ['coach', 'interview_coach'],
        levelCode: 'senior',
        courseIds: [courseIds.TR1, courseIds.TR2],
        ...fields,
      })
      .expect(201);
    return created.body;
  }

  it('registers an internal coach whose name and phone come from the customer record', async () => {
    const customer = await createCustomer(t, coordinator.accessToken, { name: '李往期' });
    const created = await t
      .post('/api/coaches', coordinator.accessToken, {
        customerId: customer.id,
        kinds: ['assistant', 'forward_assistant'],
        levelCode: 'junior',
        courseIds: [courseIds.TR1],
      })
      .expect(201);
    expect(created.body).toMatchObject({
      origin: 'internal',
      customerId: customer.id,
      name: '李往期',
      organisation: null,
      kinds: ['assistant', 'forward_assistant'],
      level: { code: 'junior', label: '初级' },
      courses: [{ id: courseIds.TR1, code: 'TR1' }],
    });
    expect(created.body.mobile).toMatch(/^\d{3}\*{4}\d{4}$/);

    // The name is read, never copied: renaming the customer renames the coach.
    const current = await t
      .get(`/api/customers/${customer.id}`, coordinator.accessToken)
      .expect(200);
    await t
      .patch(`/api/customers/${customer.id}`, coordinator.accessToken, {
        name: '李改名',
        version: current.body.version,
      })
      .expect(200);
    const shown = await t.get(`/api/coaches/${created.body.id}`, finance.accessToken).expect(200);
    expect(shown.body).toMatchObject({ name: '李改名', goldImo: false });
    // A manager's 金牌 IMO mark on the customer shows on the coach.
    const renamed = await t.get(`/api/customers/${customer.id}`, manager.accessToken).expect(200);
    await t
      .put(`/api/customers/${customer.id}/gold-imo`, manager.accessToken, {
        marked: true,
        version: renamed.body.version,
      })
      .expect(200);
    expect(
      (await t.get(`/api/coaches/${created.body.id}`, finance.accessToken).expect(200)).body
        .goldImo,
    ).toBe(true);

    const again = await t
      .post('/api/coaches', coordinator.accessToken, {
        customerId: customer.id,
        kinds: ['assistant'],
        levelCode: 'junior',
      })
      .expect(409);
    expect(again.body.code).toBe('DUPLICATE_COACH');
    const copied = await t
      .patch(`/api/coaches/${created.body.id}`, coordinator.accessToken, {
        name: '另一个名字',
        version: created.body.version,
      })
      .expect(422);
    expect(copied.body.code).toBe('FROM_CUSTOMER_RECORD');
  });

  it('registers an external coach with own name, masked phone and organisation', async () => {
    const coach = await external();
    expect(coach).toMatchObject({
      origin: 'external',
      customerId: null,
      name: '外聘张老师',
      organisation: '上海心理咨询中心',
      kinds: ['coach', 'interview_coach'],
      level: { code: 'senior', label: '高级' },
    });
    expect(coach.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const edited = await t
      .patch(`/api/coaches/${coach.id}`, manager.accessToken, {
        kinds: ['coach'],
        levelCode: 'expert',
        courseIds: [courseIds.TA],
        version: coach.version,
      })
      .expect(200);
    expect(edited.body).toMatchObject({
      kinds: ['coach'],
      level: { code: 'expert', label: '资深' },
      courses: [{ id: courseIds.TA }],
      version: coach.version + 1,
    });
    const stale = await t
      .patch(`/api/coaches/${coach.id}`, manager.accessToken, {
        notes: 'x',
        version: coach.version,
      })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
  });

  it('refuses wrong, missing and hostile input with 4xx and stores nothing', async () => {
    const count = async () =>
      (await t.get('/api/coaches?pageSize=1', manager.accessToken).expect(200)).body.total;
    const before = await count();
    const valid = {
      name: '王外聘',
      mobile: uniqueMobile(),
      kinds: ['assistant'],
      levelCode: 'junior',
    };
    const refused: [object, number][] = [
      [{}, 400],
      [{ ...valid, name: undefined }, 400],
      [{ ...valid, mobile: '12345' }, 400],
      [{ ...valid, kinds: [] }, 400],
      [{ ...valid, kinds: ['captain'] }, 400],
      [{ ...valid, kinds: ['assistant', 'assistant'] }, 400],
      [{ ...valid, kinds: 'assistant' }, 400],
      [{ ...valid, levelCode: 'grandmaster' }, 400],
      [{ ...valid, courseIds: [999_999] }, 400],
      [{ ...valid, courseIds: ['TR1'] }, 400],
      [{ ...valid, customerId: 1 }, 400],
      [{ ...valid, notes: 'x'.repeat(2001) }, 400],
      [{ ...valid, active: false }, 400],
      [{ customerId: 999_999, kinds: ['assistant'], levelCode: 'junior' }, 400],
    ];
    for (const [body, status] of refused) {
      const answer = await t.post('/api/coaches', coordinator.accessToken, body);
      expect([JSON.stringify(body).slice(0, 80), answer.status]).toEqual([
        JSON.stringify(body).slice(0, 80),
        status,
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('lists by kind, level and course', async () => {
    const a = await external({
      kinds: ['guest_speaker'],
      levelCode: 'intermediate',
      courseIds: [courseIds.EP],
    });
    const b = await external({
      kinds: ['guest_speaker'],
      levelCode: 'expert',
      courseIds: [courseIds.EP],
    });
    await external({ kinds: ['assistant'], levelCode: 'expert', courseIds: [courseIds.EP] });
    const ids = async (query: string) =>
      (await t.get(`/api/coaches?${query}`, finance.accessToken).expect(200)).body.items.map(
        (coach: CoachBody) => coach.id,
      );
    expect(await ids(`kind=guest_speaker&courseId=${courseIds.EP}`)).toEqual([b.id, a.id]);
    expect(await ids(`kind=guest_speaker&level=intermediate&courseId=${courseIds.EP}`)).toEqual([
      a.id,
    ]);
    await t.get('/api/coaches?kind=captain', finance.accessToken).expect(400);
  });

  it('keeps unavailable periods per coach', async () => {
    const coach = await external();
    const added = await t
      .post(`/api/coaches/${coach.id}/unavailability`, coordinator.accessToken, {
        fromDate: '2027-07-01',
        toDate: '2027-07-15',
        reason: '出国',
      })
      .expect(201);
    await t
      .post(`/api/coaches/${coach.id}/unavailability`, coordinator.accessToken, {
        fromDate: '2027-07-15',
        toDate: '2027-07-01',
      })
      .expect(400);
    const listed = await t
      .get(`/api/coaches/${coach.id}/unavailability`, finance.accessToken)
      .expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ id: added.body.id, reason: '出国' })]);
    const other = await external();
    await t
      .http()
      .delete(`/api/coaches/${other.id}/unavailability/${added.body.id}`)
      .set('Authorization', `Bearer ${coordinator.accessToken}`)
      .expect(404);
    await t
      .http()
      .delete(`/api/coaches/${coach.id}/unavailability/${added.body.id}`)
      .set('Authorization', `Bearer ${coordinator.accessToken}`)
      .expect(204);
    expect(
      (await t.get(`/api/coaches/${coach.id}/unavailability`, finance.accessToken)).body,
    ).toEqual([]);
  });

  it("shows an internal coach's classes on their customer 360, and keeps the coach anonymised after erasure", async () => {
    const customer = await createCustomer(t, coordinator.accessToken, { name: '赵往期' });
    const coach = (
      await t
        .post('/api/coaches', coordinator.accessToken, {
          customerId: customer.id,
          kinds: ['assistant'],
          levelCode: 'junior',
          notes: '家住浦东，周末方便',
        })
        .expect(201)
    ).body as CoachBody;
    const row = (
      await t
        .post('/api/classes', coordinator.accessToken, {
          courseId: courseIds.TR1,
          term: 77,
          startDate: '2030-05-04',
          endDate: '2030-05-20',
        })
        .expect(201)
    ).body;
    await t
      .put(`/api/classes/${row.id}/staff`, coordinator.accessToken, {
        members: [{ coachId: coach.id, role: 'assistant' }],
        version: row.version,
      })
      .expect(200);
    const overview = await t
      .get(`/api/customers/${customer.id}/overview`, manager.accessToken)
      .expect(200);
    expect(overview.body.sections.coach).toMatchObject({
      coach: { id: coach.id, name: '赵往期' },
      served: [],
      upcoming: [
        {
          classId: row.id,
          course: '一阶段 TR1',
          term: 77,
          role: 'assistant',
          startDate: '2030-05-04',
          endDate: '2030-05-20',
        },
      ],
    });

    await t
      .post(`/api/customers/${customer.id}/erase`, manager.accessToken, {
        reason: '本人书面要求删除个人信息',
      })
      .expect((response) => expect(response.status).toBeLessThan(300));
    const erased = await t.get(`/api/coaches/${coach.id}`, manager.accessToken).expect(200);
    expect(erased.body).toMatchObject({ id: coach.id, active: false, notes: null });
    expect(erased.body.name).not.toContain('赵往期');
    const staff = await t.get(`/api/classes/${row.id}`, manager.accessToken).expect(200);
    expect(staff.body.staff).toEqual([
      expect.objectContaining({ coach: expect.objectContaining({ id: coach.id }) }),
    ]);
  });
});
