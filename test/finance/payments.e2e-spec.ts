import { LedgerEntry } from '../../src/modules/finance/entities/ledger-entry.entity';
import { Receivable } from '../../src/modules/finance/entities/receivable.entity';
import { enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * Payments and reversals (§4.2.3 回款登记): partial payments up to what is owed, never more,
 * also when two arrive at once; once per Idempotency-Key, also when twenty copies arrive at
 * once; a wrong payment undone by one reversal, never by an edit; a receivable's figures
 * always the sum of its ledger.
 */
describe('payments (§4.2.3)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;
  let finance: TestUser;
  let keys = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    finance = await t.createUser('finance');
  });
  afterAll(() => t.close());

  /** A fresh receivable of `feeFen`, enrolled by the coordinator. */
  async function receivable(feeFen = 100_000): Promise<number> {
    const { classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: coordinator.accessToken },
      { feeFen },
    );
    const student = await createCustomer(t, coordinator.accessToken);
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, coordinator.accessToken, {
        customerId: student.id,
      })
      .expect(201);
    return enrolled.body.receivableId;
  }
  const newKey = () => {
    keys += 1;
    return `pay-${process.pid}-${keys}`;
  };
  const pay = (id: number, body: object, key: string | null = newKey(), who = finance) => {
    const request = t.post(`/api/receivables/${id}/payments`, who.accessToken, body);
    return key === null ? request : request.set('Idempotency-Key', key);
  };
  const reverse = (paymentId: number, body: object, key = newKey(), who = finance) =>
    t
      .post(`/api/payments/${paymentId}/reversal`, who.accessToken, body)
      .set('Idempotency-Key', key);
  const payment = { amountFen: 30_000, methodCode: 'wechat' };

  /** The receivable's figures beside the sums of its ledger, read past the API. */
  async function books(id: number) {
    const row = await t.dataSource.getRepository(Receivable).findOneByOrFail({ id });
    const entries = await t.dataSource.getRepository(LedgerEntry).findBy({ receivableId: id });
    const sum = (kind: string) =>
      entries.filter((e) => e.kind === kind).reduce((total, e) => total + e.amountFen, 0);
    expect(row.dueFen).toBe(sum('fee') - sum('discount'));
    expect(row.paidFen).toBe(sum('payment') - sum('reversal'));
    expect(row.refundedFen).toBe(sum('refund'));
    return {
      paidFen: row.paidFen,
      status: row.status,
      payments: entries.filter((e) => e.kind === 'payment').length,
    };
  }

  it('takes partial payments with receipt codes until paid in full, then no more', async () => {
    const id = await receivable(100_000);
    const first = await pay(id, { ...payment, note: '首付' }).expect(201);
    expect(first.body.entry).toMatchObject({
      kind: 'payment',
      amountFen: 30_000,
      methodCode: 'wechat',
      note: '首付',
      recordedById: finance.id,
      receiptCode: expect.stringMatching(/^R\d{8}\d{4}$/),
    });
    expect(first.body.receivable).toMatchObject({
      paidFen: 30_000,
      outstandingFen: 70_000,
      status: 'partly_paid',
    });
    const rest = await pay(id, { amountFen: 70_000, methodCode: 'transfer' }).expect(201);
    expect(rest.body.receivable).toMatchObject({
      paidFen: 100_000,
      outstandingFen: 0,
      status: 'paid',
    });
    expect(rest.body.entry.receiptCode).not.toBe(first.body.entry.receiptCode);
    const more = await pay(id, { amountFen: 1, methodCode: 'cash' }).expect(409);
    expect(more.body.code).toBe('NOT_PAYABLE');
    expect(await books(id)).toEqual({ paidFen: 100_000, status: 'paid', payments: 2 });
  });

  it('refuses an over-payment, naming what is still owed', async () => {
    const id = await receivable(50_000);
    await pay(id, { amountFen: 20_000, methodCode: 'cash' }).expect(201);
    const over = await pay(id, { amountFen: 30_001, methodCode: 'cash' }).expect(409);
    expect(over.body.code).toBe('OVERPAYMENT');
    expect(over.body.message).toContain('300.00 元');
    expect(await books(id)).toEqual({ paidFen: 20_000, status: 'partly_paid', payments: 1 });
  });

  it('requires an Idempotency-Key, replays a retry and refuses the key for another payment', async () => {
    const id = await receivable();
    const missing = await pay(id, payment, null).expect(400);
    expect(missing.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const key = newKey();
    const first = await pay(id, payment, key).expect(201);
    const retry = await pay(id, payment, key).expect(201);
    expect(retry.body).toEqual(first.body);
    const other = await pay(id, { ...payment, amountFen: 30_001 }, key).expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await books(id)).toEqual({ paidFen: 30_000, status: 'partly_paid', payments: 1 });
  });

  it('counts a payment once when twenty copies with one key arrive at the same moment', async () => {
    const id = await receivable();
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 20 }, () => pay(id, payment, key)));
    const statuses = answers.map((a) => a.status);
    // Every copy is answered as the first was, or told that it is still being handled.
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const done = answers.filter((a) => a.status === 201);
    expect(done.length).toBeGreaterThan(0);
    for (const answer of done) expect(answer.body.entry.id).toBe(done[0].body.entry.id);
    for (const answer of answers.filter((a) => a.status === 409))
      expect(answer.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(await books(id)).toEqual({ paidFen: 30_000, status: 'partly_paid', payments: 1 });
  });

  it('refuses exactly one of two payments at the same moment that together would over-pay', async () => {
    const id = await receivable(50_000);
    const answers = await Promise.all([
      pay(id, { amountFen: 30_000, methodCode: 'cash' }),
      pay(id, { amountFen: 30_000, methodCode: 'alipay' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('OVERPAYMENT');
    expect(await books(id)).toEqual({ paidFen: 30_000, status: 'partly_paid', payments: 1 });
  });

  it('undoes a wrong payment by one reversal with a reason; a second is refused', async () => {
    const id = await receivable(100_000);
    const paid = await pay(id, { amountFen: 100_000, methodCode: 'card' }).expect(201);
    expect(paid.body.receivable.status).toBe('paid');
    const reversed = await reverse(
      paid.body.entry.id,
      { reason: '刷卡金额录错' },
      newKey(),
      manager,
    ).expect(201);
    expect(reversed.body.entry).toMatchObject({
      kind: 'reversal',
      amountFen: 100_000,
      reversesId: paid.body.entry.id,
      note: '刷卡金额录错',
      recordedById: manager.id,
    });
    expect(reversed.body.receivable).toMatchObject({ paidFen: 0, status: 'open' });
    const twice = await reverse(paid.body.entry.id, { reason: '再冲一次' }).expect(409);
    expect(twice.body.code).toBe('ALREADY_REVERSED');
    const detail = await t.get(`/api/receivables/${id}`, finance.accessToken).expect(200);
    expect(detail.body.entries.map((e: { kind: string }) => e.kind)).toEqual([
      'fee',
      'payment',
      'reversal',
    ]);
    const fee = detail.body.entries[0].id;
    expect((await reverse(fee, { reason: '冲学费' }).expect(422)).body.code).toBe('NOT_A_PAYMENT');
    expect((await reverse(paid.body.entry.id, { reason: '' }).expect(400)).body.details).toEqual([
      expect.objectContaining({ field: 'reason' }),
    ]);
    const audit = await t
      .get(`/api/admin/audit-logs?action=payment.reverse&entityId=${id}`, manager.accessToken)
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(await books(id)).toEqual({ paidFen: 0, status: 'open', payments: 1 });
  });

  it('reverses a payment once when two reversals arrive at the same moment', async () => {
    const id = await receivable();
    const paid = await pay(id, payment).expect(201);
    const answers = await Promise.all([
      reverse(paid.body.entry.id, { reason: '重复登记' }),
      reverse(paid.body.entry.id, { reason: '重复登记了' }, newKey(), manager),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('ALREADY_REVERSED');
    expect(await books(id)).toEqual({ paidFen: 0, status: 'open', payments: 1 });
  });

  it('gives the enrolling coordinator exactly one pre-class talk once paid in full, whatever follows', async () => {
    const id = await receivable(60_000);
    const customerId = (await t.get(`/api/receivables/${id}`, finance.accessToken)).body.customerId;
    const talks = async () =>
      (
        await t
          .get(`/api/plans?customerId=${customerId}&pageSize=50`, coordinator.accessToken)
          .expect(200)
      ).body.items.filter((p: { type: { code: string } }) => p.type.code === 'pre_class_talk');
    await pay(id, { amountFen: 20_000, methodCode: 'cash' }).expect(201);
    expect(await talks()).toEqual([]);
    const key = newKey();
    const last = { amountFen: 40_000, methodCode: 'cash' };
    await Promise.all(Array.from({ length: 5 }, () => pay(id, last, key)));
    const [talk] = await talks();
    expect(await talks()).toHaveLength(1);
    expect(talk).toMatchObject({
      assignee: expect.objectContaining({ id: coordinator.id }),
      status: 'open',
      origin: 'enrolment',
    });
    expect(talk.content).toContain('学费已付清');
    const inbox = await t.get('/api/notifications', coordinator.accessToken).expect(200);
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'plan.assigned',
        data: expect.objectContaining({ planId: talk.id }),
      }),
    );

    const paid = await t.get(`/api/receivables/${id}`, finance.accessToken).expect(200);
    const lastPayment = paid.body.entries
      .filter((e: { kind: string }) => e.kind === 'payment')
      .pop();
    await reverse(lastPayment.id, { reason: '金额录错' }).expect(201);
    await pay(id, last).expect(201);
    expect(await talks()).toHaveLength(1);
  });

  it('lets a clerk record payments only once an admin granted it', async () => {
    const id = await receivable();
    const clerk = await t.createUser('clerk');
    await pay(id, payment, newKey(), clerk).expect(403);
    const account = await t.get(`/api/admin/users/${clerk.id}`, admin.accessToken).expect(200);
    await t
      .put(`/api/admin/users/${clerk.id}/permissions`, admin.accessToken, {
        grants: ['Payment:create'],
        denials: [],
        version: account.body.version,
      })
      .expect(200);
    const paid = await pay(id, payment, newKey(), clerk).expect(201);
    expect(paid.body.entry.recordedById).toBe(clerk.id);
    await reverse(paid.body.entry.id, { reason: '收银员冲正' }, newKey(), clerk).expect(403);
  });

  it.each([
    ['negative', { amountFen: -100, methodCode: 'cash' }, 400],
    ['zero', { amountFen: 0, methodCode: 'cash' }, 400],
    ['fractional', { amountFen: 100.5, methodCode: 'cash' }, 400],
    ['huge', { amountFen: 1e20, methodCode: 'cash' }, 400],
    ['a string', { amountFen: '100', methodCode: 'cash' }, 400],
    ['an unknown method', { amountFen: 100, methodCode: 'bitcoin' }, 400],
    ['a future time', { amountFen: 100, methodCode: 'cash', paidAt: '2099-01-01T00:00:00Z' }, 400],
  ])('moves no money for %s', async (_, body, status) => {
    const id = await receivable();
    await pay(id, body).expect(status);
    expect(await books(id)).toEqual({ paidFen: 0, status: 'open', payments: 0 });
  });

  it('names the student of each receivable, in the list and on its page', async () => {
    const id = await receivable(20_000);
    const { customerId } = (await t.get(`/api/receivables/${id}`, finance.accessToken)).body;
    const student = { id: customerId, name: '测试客户' };
    const detail = await t.get(`/api/receivables/${id}`, finance.accessToken).expect(200);
    expect(detail.body.customer).toMatchObject(student);
    const list = await t
      .get(`/api/receivables?customerId=${customerId}`, finance.accessToken)
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id, customer: expect.objectContaining(student) }),
    ]);
  });

  it('shows a coordinator the money of their own students only, with the totals of the list', async () => {
    const id = await receivable(40_000);
    await pay(id, { amountFen: 10_000, methodCode: 'cash' }).expect(201);
    const colleague = await t.createUser('coordinator');
    await t.get(`/api/receivables/${id}`, colleague.accessToken).expect(404);
    const theirs = await t.get('/api/receivables', colleague.accessToken).expect(200);
    expect(theirs.body).toMatchObject({ items: [], total: 0, totals: { dueFen: 0, paidFen: 0 } });
    await t
      .get(`/api/receivables?coordinatorId=${coordinator.id}`, colleague.accessToken)
      .expect(403);

    const mine = await t
      .get(`/api/receivables?status=partly_paid`, coordinator.accessToken)
      .expect(200);
    expect(mine.body.items.map((r: { id: number }) => r.id)).toContain(id);
    const all = await t.get('/api/receivables?pageSize=1', finance.accessToken).expect(200);
    const sums = await t.dataSource
      .getRepository(Receivable)
      .createQueryBuilder('r')
      .select('SUM(r.dueFen)', 'due')
      .addSelect('SUM(r.paidFen)', 'paid')
      .getRawOne();
    expect(all.body.items).toHaveLength(1);
    expect(all.body.totals).toEqual({
      dueFen: Number(sums.due),
      paidFen: Number(sums.paid),
      refundedFen: 0,
      outstandingFen: Number(sums.due) - Number(sums.paid),
    });
    await pay(id, payment, newKey(), coordinator).expect(403);
  });
});
