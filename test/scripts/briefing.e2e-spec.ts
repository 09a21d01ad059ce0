import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

interface Suggested {
  course: { id: number; code: string } | null;
  reason: string | null;
  reasonLabel: string | null;
  scripts: { id: number; title: string; situation: string }[];
}

/**
 * The briefing before a contact (GET /api/plans/briefing) suggests the scripts of the
 * customer's next course on the main line: TR1 for a newcomer, the stage after the one they
 * are in or graduated from, the stage they dropped out of to come back to.
 */
describe('scripts suggested in the plan briefing', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let coordinator: TestUser;
  let courses: Record<string, number>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager');
    coordinator = await t.createUser('coordinator');
    courses = await courseIdsByCode(t, admin.accessToken);
    const script = async (key: string, courseId: number, situation: string, order = 0) => {
      const created = await t
        .post('/api/scripts', manager.accessToken, {
          courseId,
          situation,
          title: key,
          body: `${key}的内容`,
          readingOrder: order,
        })
        .expect(201);
      ids[key] = created.body.id;
    };
    await script('TR1 价格异议', courses.TR1, 'price_objection', 1);
    await script('TR1 首次通话', courses.TR1, 'first_call', 2);
    await script('TR1 关怀回访', courses.TR1, 'care_call', 0);
    await script('TR1 下车再上车', courses.TR1, 'rejoin', 3);
    await script('TR2 课程介绍', courses.TR2, 'course_intro');
    await script('CP1 课程介绍', courses.CP1, 'course_intro');
  });
  afterAll(() => t.close());

  const suggested = async (customerId: number, user = coordinator): Promise<Suggested> =>
    (await t.get(`/api/plans/briefing?customerId=${customerId}`, user.accessToken).expect(200)).body
      .sections.suggestedScripts;
  const titles = (s: Suggested) => s.scripts.map((script) => script.title);
  const tokens = () => ({ admin: admin.accessToken, former: coordinator.accessToken });

  it('suggests stage one for a customer never on the main line, the fitting situations first', async () => {
    const customer = await createCustomer(t, coordinator.accessToken, { name: '新客户' });
    const briefing = await t
      .get(`/api/plans/briefing?customerId=${customer.id}`, coordinator.accessToken)
      .expect(200);
    expect(briefing.body).toMatchObject({ openPlans: [], recentRecords: [] });
    const s = briefing.body.sections.suggestedScripts as Suggested;
    expect(s).toMatchObject({ course: { id: courses.TR1, code: 'TR1' }, reason: 'first_course' });
    expect(s.reasonLabel).toContain('一阶段');
    // A first call, then a price objection, fit a first course; the others follow in reading order.
    expect(titles(s)).toEqual(['TR1 首次通话', 'TR1 价格异议', 'TR1 关怀回访', 'TR1 下车再上车']);
  });

  it('suggests the next stage to a student in a class, and the stage again after a dropout', async () => {
    const tr1 = await enrollingClass(t, tokens(), { courseId: courses.TR1 });
    const customer = await createCustomer(t, coordinator.accessToken, { name: '在读学员' });
    const enrolment = await t
      .post(`/api/classes/${tr1.classId}/enrolments`, coordinator.accessToken, {
        customerId: customer.id,
      })
      .expect(201);
    const next = await suggested(customer.id);
    expect(next).toMatchObject({ course: { code: 'TR2' }, reason: 'next_stage' });
    expect(titles(next)).toEqual(['TR2 课程介绍']);

    await t
      .post(`/api/enrolments/${enrolment.body.id}/dropout`, coordinator.accessToken, {
        date: '2027-03-07',
        reasonCode: 'work',
      })
      .expect(200);
    const back = await suggested(customer.id);
    expect(back).toMatchObject({ course: { code: 'TR1' }, reason: 'rejoin' });
    expect(titles(back)[0]).toBe('TR1 下车再上车');

    // Back in a later class and graduated: stage two is next.
    const later = await enrollingClass(t, tokens(), { courseId: courses.TR1 });
    await t
      .post(`/api/enrolments/${enrolment.body.id}/rejoin`, coordinator.accessToken, {
        classId: later.classId,
      })
      .expect(200);
    await t
      .post(`/api/enrolments/${enrolment.body.id}/graduate`, coordinator.accessToken, {})
      .expect(200);
    expect(await suggested(customer.id)).toMatchObject({
      course: { code: 'TR2' },
      reason: 'next_stage',
    });
  });

  it('leaves the section out (null) for a reader denied the script library', async () => {
    const reader = await t.createUser('coordinator');
    const account = await t.get(`/api/admin/users/${reader.id}`, admin.accessToken).expect(200);
    await t
      .put(`/api/admin/users/${reader.id}/permissions`, admin.accessToken, {
        grants: [],
        denials: ['Script:read'],
        version: account.body.version,
      })
      .expect(200);
    const customer = await createCustomer(t, coordinator.accessToken, { name: '看不到话术' });
    expect(await suggested(customer.id, reader)).toBeNull();
    await t.get('/api/scripts', reader.accessToken).expect(403);
  });

  it('follows the scripts as they change: a deleted one is no longer suggested', async () => {
    const customer = await createCustomer(t, coordinator.accessToken, { name: '另一新客户' });
    await t
      .http()
      .delete(`/api/scripts/${ids['TR1 首次通话']}`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .expect(204);
    expect(titles(await suggested(customer.id))).not.toContain('TR1 首次通话');
  });
});
