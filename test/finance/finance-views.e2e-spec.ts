import { enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * What finance reads off the ledger (§8.5, seed 002 收款确认表): a business day's receipts by
 * method and by recorder, on the business time zone's day; each class's money.
 */
describe('finance views (§8.5)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;
  let cashier: TestUser;
  let keys = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance', { displayName: '财务甲' });
    cashier = await t.createUser('finance', { displayName: '财务乙' });
  });
  afterAll(() => t.close());

  async function enrolled(classId: number, name: string): Promise<number> {
    const student = await createCustomer(t, coordinator.accessToken, { name });
    const enrolment = await t
      .post(`/api/classes/${classId}/enrolments`, coordinator.accessToken, {
        customerId: student.id,
      })
      .expect(201);
    return enrolment.body.receivableId;
  }
  const pay = (id: number, body: object, who: TestUser) => {
    keys += 1;
    return t
      .post(`/api/receivables/${id}/payments`, who.accessToken, body)
      .set('Idempotency-Key', `views-${keys}`)
      .expect(201);
  };
  const today = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

  it('closes a business day by method and recorder, with reversals on the day they were made', async () => {
    const tokens = { admin: admin.accessToken, former: coordinator.accessToken };
    const { classId } = await enrollingClass(t, tokens, { feeFen: 100_000 });
    const a = await enrolled(classId, '收款学员甲');
    const b = await enrolled(classId, '收款学员乙');
    // 11:00 and 19:00 in Beijing on the 20th, and 01:30 on the 21st (17:30 UTC on the 20th).
    const first = await pay(
      a,
      { amountFen: 30_000, methodCode: 'cash', paidAt: '2026-11-20T03:00:00Z' },
      finance,
    );
    await pay(
      a,
      { amountFen: 20_000, methodCode: 'wechat', paidAt: '2026-11-20T11:00:00Z' },
      cashier,
    );
    await pay(
      b,
      { amountFen: 50_000, methodCode: 'wechat', paidAt: '2026-11-20T17:30:00Z' },
      cashier,
    );
    keys += 1;
    await t
      .post(`/api/payments/${first.body.entry.id}/reversal`, finance.accessToken, {
        reason: '现金点错',
      })
      .set('Idempotency-Key', `views-${keys}`)
      .expect(201);

    const sheet = await t
      .get('/api/finance/closing-sheet?day=2026-11-20', finance.accessToken)
      .expect(200);
    expect(sheet.body).toMatchObject({ day: '2026-11-20', totalFen: 50_000, count: 2 });
    expect(sheet.body.byMethod).toEqual([
      { methodCode: 'cash', methodLabel: '现金', count: 1, amountFen: 30_000 },
      { methodCode: 'wechat', methodLabel: '微信支付', count: 1, amountFen: 20_000 },
    ]);
    expect(
      sheet.body.byRecorder.map((r: { name: string; amountFen: number }) => [r.name, r.amountFen]),
    ).toEqual([
      ['财务甲', 30_000],
      ['财务乙', 20_000],
    ]);
    expect(
      sheet.body.entries.map((e: { customerName: string; amountFen: number }) => [
        e.customerName,
        e.amountFen,
      ]),
    ).toEqual([
      ['收款学员甲', 30_000],
      ['收款学员甲', 20_000],
    ]);
    // The rows a page at a time, the sums over the whole day whatever the page.
    const second = await t
      .get('/api/finance/closing-sheet?day=2026-11-20&pageSize=1&page=2', finance.accessToken)
      .expect(200);
    expect(second.body).toMatchObject({ totalFen: 50_000, count: 2, page: 2, pageSize: 1 });
    expect(second.body.entries.map((e: { amountFen: number }) => e.amountFen)).toEqual([20_000]);
    const latestFirst = await t
      .get('/api/finance/closing-sheet?day=2026-11-20&sort=-at', finance.accessToken)
      .expect(200);
    expect(latestFirst.body.entries.map((e: { amountFen: number }) => e.amountFen)).toEqual([
      20_000, 30_000,
    ]);
    await t
      .get('/api/finance/closing-sheet?day=2026-11-20&sort=amountFen', finance.accessToken)
      .expect(400);

    const next = await t
      .get('/api/finance/closing-sheet?day=2026-11-21', finance.accessToken)
      .expect(200);
    expect(next.body).toMatchObject({ totalFen: 50_000, count: 1 });

    const now = await t.get('/api/finance/closing-sheet', finance.accessToken).expect(200);
    expect(now.body.day).toBe(today());
    expect(now.body.byMethod).toEqual([
      { methodCode: 'cash', methodLabel: '现金', count: 1, amountFen: -30_000 },
    ]);
    expect(now.body.entries).toEqual([
      expect.objectContaining({
        kind: 'reversal',
        amountFen: -30_000,
        receiptCode: first.body.entry.receiptCode,
      }),
    ]);

    await t.get('/api/finance/closing-sheet?day=2026-02-30', finance.accessToken).expect(400);
    await t.get('/api/finance/closing-sheet', coordinator.accessToken).expect(403);
  });

  it("sums each class's money, with totals over all classes", async () => {
    const tokens = { admin: admin.accessToken, former: coordinator.accessToken };
    const { classId, courseId } = await enrollingClass(t, tokens, { feeFen: 80_000 });
    const a = await enrolled(classId, '班级学员甲');
    await enrolled(classId, '班级学员乙');
    await pay(a, { amountFen: 80_000, methodCode: 'alipay' }, finance);
    const one = await t
      .get(`/api/finance/classes?classId=${classId}`, finance.accessToken)
      .expect(200);
    expect(one.body).toMatchObject({
      total: 1,
      items: [
        {
          classId,
          courseId,
          students: 2,
          dueFen: 160_000,
          paidFen: 80_000,
          refundedFen: 0,
          outstandingFen: 80_000,
        },
      ],
      totals: { dueFen: 160_000, paidFen: 80_000, outstandingFen: 80_000 },
    });
    const all = await t.get('/api/finance/classes?pageSize=1', finance.accessToken).expect(200);
    expect(all.body.items).toHaveLength(1);
    expect(all.body.items[0].classId).toBe(classId);
    expect(all.body.total).toBe(2);
    expect(all.body.totals.dueFen).toBe(200_000 + 160_000);
  });
});
