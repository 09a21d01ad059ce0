import { enrollingClass } from '../support/class-factory';
import { expectFormatsAgree } from './formats-agree';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * 工作人员业绩 (§8.4): per staff member in a period, the figures each module counts: new
 * customers, records, completed plans, enrolments, paid in full, money received (payments less
 * reversals); managers see everyone, a coordinator their own row.
 */
describe('staff performance report (§8.4)', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let manager: TestUser;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  let keys = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    alice = await t.createUser('coordinator', { displayName: '业绩甲' });
    bob = await t.createUser('coordinator', { displayName: '业绩乙' });
    manager = await t.createUser('manager', { displayName: '业绩经理' });
    const finance = await t.createUser('finance');
    const types = Object.fromEntries(
      (await t.get('/api/interaction-types', alice.accessToken).expect(200)).body.map(
        (type: { code: string; id: number }) => [type.code, type.id],
      ),
    );
    const { classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: manager.accessToken },
      { feeFen: 100_000 },
    );
    const pay = async (receivableId: number, amountFen: number) => {
      keys += 1;
      return t
        .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
          amountFen,
          methodCode: 'cash',
        })
        .set('Idempotency-Key', `staff-${process.pid}-${keys}`)
        .expect(201);
    };
    // Alice: two customers, one record, one plan completed, two enrolments, one paid in full,
    // ¥1,000.00 + ¥300.00 − ¥200.00 reversed received. Bob: one customer, one enrolment.
    const a1 = await createCustomer(t, alice.accessToken, { name: '业绩客户一' });
    const a2 = await createCustomer(t, alice.accessToken, { name: '业绩客户二' });
    const b1 = await createCustomer(t, bob.accessToken, { name: '业绩客户三' });
    await t
      .post('/api/interactions', alice.accessToken, {
        customerId: a1.id,
        typeId: types.follow_up,
        channel: 'phone',
        content: '电话沟通',
        outcome: '继续跟进',
      })
      .expect(201);
    const plan = await t
      .post('/api/plans', alice.accessToken, {
        customerId: a2.id,
        typeId: types.follow_up,
        content: '回访',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      })
      .expect(201);
    await t
      .post(`/api/plans/${plan.body.plan.id}/complete`, alice.accessToken, {
        version: plan.body.plan.version,
        channel: 'phone',
        content: '已回访',
        outcome: '满意',
      })
      .expect(200);
    const enrol = async (customerId: number, who: TestUser) =>
      (
        await t
          .post(`/api/classes/${classId}/enrolments`, who.accessToken, { customerId })
          .expect(201)
      ).body.receivableId as number;
    const r1 = await enrol(a1.id, alice);
    const r2 = await enrol(a2.id, alice);
    await enrol(b1.id, bob);
    await pay(r1, 100_000);
    await pay(r2, 30_000);
    const wrong = await pay(r2, 20_000);
    keys += 1;
    await t
      .post(`/api/payments/${wrong.body.entry.id}/reversal`, finance.accessToken, {
        reason: '记错',
      })
      .set('Idempotency-Key', `staff-${process.pid}-${keys}`)
      .expect(201);
  });
  afterAll(() => t.close());

  const ALICE = {
    staff: '业绩甲',
    newCustomers: 2,
    records: 2,
    completedPlans: 1,
    enrolments: 2,
    paidInFull: 1,
    received: 130_000,
  };

  it('renders the same figures as Excel and PDF', async () => {
    await expectFormatsAgree(
      t,
      manager,
      `/api/reports/staff-performance?from=${today}&to=${today}`,
    );
  });

  it("counts each person's work and money in the period, with the totals and charts", async () => {
    const answer = await t
      .get(`/api/reports/staff-performance?from=${today}&to=${today}`, manager.accessToken)
      .expect(200);
    const rows = answer.body.rows as Record<string, unknown>[];
    expect(rows.find((row) => row.staff === '业绩甲')).toEqual(ALICE);
    expect(rows.find((row) => row.staff === '业绩乙')).toEqual({
      staff: '业绩乙',
      newCustomers: 1,
      records: 0,
      completedPlans: 0,
      enrolments: 1,
      paidInFull: 0,
      received: 0,
    });
    expect(answer.body.totals).toMatchObject({ staff: '合计', received: 130_000 });
    expect(answer.body.charts.map((chart: { money: boolean }) => chart.money)).toEqual([
      false,
      true,
    ]);
  });

  it('shows a coordinator only their own row', async () => {
    const answer = await t
      .get(`/api/reports/staff-performance?from=${today}&to=${today}`, alice.accessToken)
      .expect(200);
    expect(answer.body.rows).toEqual([ALICE]);
  });

  it('needs the period, and counts nothing outside it', async () => {
    const missing = await t.get('/api/reports/staff-performance', manager.accessToken).expect(400);
    expect(missing.body.code).toBe('REPORT_PARAMETER_MISSING');
    const before = await t
      .get('/api/reports/staff-performance?from=2020-01-01&to=2020-12-31', manager.accessToken)
      .expect(200);
    expect(before.body.rows).toEqual([]);
  });
});
