import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { expectFormatsAgree } from './formats-agree';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** 各地学员晋升状况 (§8.10): one stage-one class's students by province, and who went on. */
describe('regional promotion report (§8.10)', () => {
  let t: TestApp;
  let manager: TestUser;
  let tr1: number;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    manager = await t.createUser('manager');
    const seeded = await courseIdsByCode(t, manager.accessToken);
    const tokens = { admin: admin.accessToken, former: manager.accessToken };
    tr1 = (await enrollingClass(t, tokens, { courseId: seeded.TR1 })).classId;
    const tr2 = (await enrollingClass(t, tokens, { courseId: seeded.TR2 })).classId;
    const ta = (await enrollingClass(t, tokens, { courseId: seeded.TA })).classId;
    // Later stages without the earlier graduation: the manager's override.
    const enrol = (classId: number, customerId: number) =>
      t
        .post(`/api/classes/${classId}/enrolments`, manager.accessToken, {
          customerId,
          ...(classId === tr1 ? {} : { overrideReason: '测试晋升' }),
        })
        .expect(201);
    const student = async (provinceCode?: string) => {
      const id = (
        await createCustomer(t, manager.accessToken, provinceCode ? { provinceCode } : {})
      ).id;
      await enrol(tr1, id);
      return id;
    };
    const cantonese = await student('44');
    await student('44');
    const pekinese = await student('11');
    await student();
    await enrol(tr2, cantonese);
    await enrol(tr2, pekinese);
    await enrol(ta, pekinese);
  });
  afterAll(() => t.close());

  it('renders the same figures as Excel and PDF', async () => {
    await expectFormatsAgree(t, manager, `/api/reports/regional-promotion?classId=${tr1}`);
  });

  it("groups a class's students by province with who went on to TR2 and TA", async () => {
    const answer = await t
      .get(`/api/reports/regional-promotion?classId=${tr1}`, manager.accessToken)
      .expect(200);
    expect(answer.body.subtitle).toMatch(/^班级 /);
    expect(
      answer.body.rows.map((row: Record<string, unknown>) => [
        row.region,
        row.students,
        row.tr2,
        row.ta,
        row.tr2Rate,
      ]),
    ).toEqual([
      ['广东省', 2, 1, 0, 0.5],
      ['北京市', 1, 1, 1, 1],
      ['未填写', 1, 0, 0, 0],
    ]);
    expect(answer.body.totals).toMatchObject({ region: '合计', students: 4, tr2: 2, ta: 1 });
  });

  it('needs the class', async () => {
    const missing = await t.get('/api/reports/regional-promotion', manager.accessToken).expect(400);
    expect(missing.body.code).toBe('REPORT_PARAMETER_MISSING');
  });
});
