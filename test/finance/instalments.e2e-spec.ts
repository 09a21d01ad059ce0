import { enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

const DAY_MS = 24 * 3600_000;

/**
 * Payment plans (回款计划): a receivable split into instalments that add up to what is due,
 * filled in order by payments; past due and unpaid, one reminder each to the coordinator's
 * to-do and finance's inbox, and the overdue list.
 */
describe('instalments (§4.2.3 回款计划)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
  });
  afterAll(() => t.close());

  /** `YYYY-MM-DD`, `days` after the test clock's today in Beijing. */
  const day = (days: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(t.clock.now().getTime() + days * DAY_MS),
    );
  const signIn = async (user: TestUser) =>
    (await t.signIn(user.username, user.password).expect(200)).body.accessToken as string;

  it('splits what is due into dated instalments, filled in order by payments, and reminds of one past due once', async () => {
    const { classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: coordinator.accessToken },
      { feeFen: 90_000 },
    );
    const student = await createCustomer(t, coordinator.accessToken, { name: '分期学员' });
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, coordinator.accessToken, {
        customerId: student.id,
      })
      .expect(201);
    const id = enrolled.body.receivableId;
    const plan = (instalments: { dueDate: string; amountFen: number }[]) =>
      t.put(`/api/receivables/${id}/instalments`, coordinator.accessToken, { instalments });

    const short = await plan([{ dueDate: day(3), amountFen: 30_000 }]).expect(422);
    expect(short.body.code).toBe('PLAN_TOTAL');
    const unordered = await plan([
      { dueDate: day(10), amountFen: 45_000 },
      { dueDate: day(3), amountFen: 45_000 },
    ]).expect(400);
    expect(unordered.body.details).toEqual([
      expect.objectContaining({ field: 'instalments[1].dueDate' }),
    ]);
    const planned = await plan([
      { dueDate: day(3), amountFen: 30_000 },
      { dueDate: day(10), amountFen: 30_000 },
      { dueDate: day(20), amountFen: 30_000 },
    ]).expect(200);
    expect(
      planned.body.instalments.map((i: { seq: number; status: string }) => [i.seq, i.status]),
    ).toEqual([
      [1, 'pending'],
      [2, 'pending'],
      [3, 'pending'],
    ]);

    await t
      .post(`/api/receivables/${id}/payments`, finance.accessToken, {
        amountFen: 40_000,
        methodCode: 'wechat',
      })
      .set('Idempotency-Key', `instalment-${process.pid}`)
      .expect(201);
    const paid = await t.get(`/api/receivables/${id}`, finance.accessToken).expect(200);
    expect(
      paid.body.instalments.map((i: { paidFen: number; status: string }) => [i.paidFen, i.status]),
    ).toEqual([
      [30_000, 'paid'],
      [10_000, 'pending'],
      [0, 'pending'],
    ]);

    // Twelve days on: the second instalment is past due with ¥200.00 unpaid.
    t.clock.advance(12 * DAY_MS);
    const adminToken = await signIn(admin);
    const run = await t.post('/api/admin/jobs/instalment-reminders/run', adminToken).expect(200);
    expect(run.body).toMatchObject({ status: 'succeeded', counts: { reminded: 1 } });
    const again = await t.post('/api/admin/jobs/instalment-reminders/run', adminToken).expect(200);
    expect(again.body.counts).toEqual({ reminded: 0 });

    const coordinatorToken = await signIn(coordinator);
    const plans = await t.get(`/api/plans?customerId=${student.id}`, coordinatorToken).expect(200);
    const reminders = plans.body.items.filter(
      (p: { type: { code: string } }) => p.type.code === 'payment',
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0].content).toContain('200.00');
    const financeToken = await signIn(finance);
    const inbox = await t.get('/api/notifications', financeToken).expect(200);
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'instalment.overdue',
        body: expect.stringContaining('200.00 元'),
      }),
    );

    const detail = await t.get(`/api/receivables/${id}`, financeToken).expect(200);
    expect(detail.body.instalments.map((i: { status: string }) => i.status)).toEqual([
      'paid',
      'overdue',
      'pending',
    ]);
    const overdue = await t.get('/api/receivables?overdue=true', financeToken).expect(200);
    expect(overdue.body.items.map((r: { id: number }) => r.id)).toEqual([id]);
    const onTime = await t.get('/api/receivables?overdue=false', financeToken).expect(200);
    expect(onTime.body.items.map((r: { id: number }) => r.id)).not.toContain(id);
    await t.get('/api/receivables?overdue=maybe', financeToken).expect(400);
    await t.get(`/api/receivables?from=${day(1)}&to=${day(0)}`, financeToken).expect(400);
  });
});
