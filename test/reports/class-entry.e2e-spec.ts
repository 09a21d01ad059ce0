import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { expectFormatsAgree } from './formats-agree';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * 课程进班数据 (§8.12): for each stage-one class, how many of its students went on to TR2 and TA;
 * refunded enrolments do not count; a coordinator counts the students they enrolled.
 */
describe('class entry report (§8.12)', () => {
  let t: TestApp;
  let mine: TestUser;
  let manager: TestUser;
  let className: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    mine = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    const seeded = await courseIdsByCode(t, manager.accessToken);
    const tokens = { admin: admin.accessToken, former: manager.accessToken };
    const tr1 = (await enrollingClass(t, tokens, { courseId: seeded.TR1 })).classId;
    const tr2 = (await enrollingClass(t, tokens, { courseId: seeded.TR2 })).classId;
    const ta = (await enrollingClass(t, tokens, { courseId: seeded.TA })).classId;
    const detail = await t.get(`/api/classes/${tr1}`, manager.accessToken).expect(200);
    className = `${detail.body.course.name}第${detail.body.term}期`;
    const enrol = async (classId: number, customerId: number, who: TestUser, extra = {}) =>
      t
        .post(`/api/classes/${classId}/enrolments`, who.accessToken, { customerId, ...extra })
        .expect(201);
    const override = { overrideReason: '外地分公司已上过前一阶段' };
    // Four students in TR1 (three of mine, one the manager's); two go on to TR2, one of
    // them to TA as well; a fifth person enters TR2 without this TR1 (not counted).
    const students = [];
    for (let i = 0; i < 3; i += 1)
      students.push((await createCustomer(t, mine.accessToken, { name: `进班学员${i}` })).id);
    const managers = (await createCustomer(t, manager.accessToken, { name: '经理的学员' })).id;
    for (const id of students) await enrol(tr1, id, mine);
    await enrol(tr1, managers, manager);
    await enrol(tr2, students[0], manager, override);
    await enrol(tr2, managers, manager, override);
    await enrol(ta, students[0], manager, override);
    const outsider = (await createCustomer(t, manager.accessToken, { name: '外来学员' })).id;
    await enrol(tr2, outsider, manager, override);
  });
  afterAll(() => t.close());

  const row = async (user: TestUser) => {
    const answer = await t.get('/api/reports/class-entry', user.accessToken).expect(200);
    return answer.body.rows.find((r: { className: string }) => r.className === className);
  };

  it('renders the same figures as Excel and PDF', async () => {
    await expectFormatsAgree(t, manager, '/api/reports/class-entry');
  });

  it('counts the students of each stage-one class who entered TR2 and TA, with the rates', async () => {
    expect(await row(manager)).toEqual({
      className,
      startDate: '2027-03-06',
      students: 4,
      tr2: 2,
      tr2Rate: 0.5,
      ta: 1,
      taRate: 0.25,
    });
  });

  it('counts for a coordinator the students they enrolled', async () => {
    expect(await row(mine)).toMatchObject({ students: 3, tr2: 1, ta: 1 });
  });

  it('takes the classes that start in the period', async () => {
    const later = await t
      .get('/api/reports/class-entry?from=2027-04-01&to=2027-12-31', manager.accessToken)
      .expect(200);
    expect(later.body.rows).toEqual([]);
    const during = await t
      .get('/api/reports/class-entry?from=2027-03-01&to=2027-03-31', manager.accessToken)
      .expect(200);
    expect(during.body.rows.map((r: { className: string }) => r.className)).toContain(className);
  });
});
