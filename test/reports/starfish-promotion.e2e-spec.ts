import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { expectFormatsAgree } from './formats-agree';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** 学员海星晋升状况 (§8.13): the people one student introduced, in order, and the stage each reached. */
describe('starfish promotion report (§8.13)', () => {
  let t: TestApp;
  let manager: TestUser;
  let student: number;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    manager = await t.createUser('manager');
    const seeded = await courseIdsByCode(t, manager.accessToken);
    const tokens = { admin: admin.accessToken, former: manager.accessToken };
    const tr1 = (await enrollingClass(t, tokens, { courseId: seeded.TR1 })).classId;
    const tr2 = (await enrollingClass(t, tokens, { courseId: seeded.TR2 })).classId;
    student = (await createCustomer(t, manager.accessToken, { name: '海星之母' })).id;
    const introduced = async (name: string) =>
      (await createCustomer(t, manager.accessToken, { name, introducerId: student })).id;
    const first = await introduced('海星一');
    const second = await introduced('海星二');
    await introduced('海星三');
    await t
      .post(`/api/classes/${tr1}/enrolments`, manager.accessToken, { customerId: first })
      .expect(201);
    await t
      .post(`/api/classes/${tr2}/enrolments`, manager.accessToken, {
        customerId: second,
        overrideReason: '外地已上过一阶段',
      })
      .expect(201);
  });
  afterAll(() => t.close());

  it('renders the same figures as Excel and PDF', async () => {
    await expectFormatsAgree(t, manager, `/api/reports/starfish-promotion?customerId=${student}`);
  });

  it('lists the people introduced in order with the stage each reached, and counts each stage', async () => {
    const answer = await t
      .get(`/api/reports/starfish-promotion?customerId=${student}`, manager.accessToken)
      .expect(200);
    expect(answer.body.subtitle).toBe('学员 海星之母');
    expect(answer.body.rows.map((row: Record<string, unknown>) => [row.person, row.stage])).toEqual(
      [
        ['海星一', 'TR1'],
        ['海星二', 'TR2'],
        ['海星三', '未报名'],
      ],
    );
    expect(answer.body.charts[0]).toMatchObject({
      categories: ['TR1', 'TR2', 'TA'],
      series: [{ values: [2, 1, 0] }],
    });
  });

  it('lists for a coordinator only the customers they own', async () => {
    const other = await t.createUser('coordinator');
    const answer = await t
      .get(`/api/reports/starfish-promotion?customerId=${student}`, other.accessToken)
      .expect(200);
    expect(answer.body.rows).toEqual([]);
  });
});
