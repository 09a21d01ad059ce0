import { enrollingClass } from '../support/class-factory';
import { expectFormatsAgree } from './formats-agree';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * 财务报表 (§8.5), the rest of it: the discounts of each class, from the ledger's discount
 * rows; and the receipts per way of paying over a day or a period (the closing sheet as a
 * report), reversals at their payment's way of paying, refunds paid out, within the money
 * each reader may see.
 */
describe('finance reports: discounts and receipts by way of paying (§8.5)', () => {
  let t: TestApp;
  let mine: TestUser;
  let theirs: TestUser;
  let finance: TestUser;
  let className: string;
  let today: string;
  let keys = 0;

  const key = () => {
    keys += 1;
    return `closing-${process.pid}-${keys}`;
  };
  const pay = (receivableId: number, amountFen: number, methodCode: string) =>
    t
      .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
        amountFen,
        methodCode,
      })
      .set('Idempotency-Key', key())
      .expect(201);
  const enrol = async (classId: number, by: TestUser, discountFen = 0) => {
    const customer = await createCustomer(t, by.accessToken, { name: '收款学员' });
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, by.accessToken, {
        customerId: customer.id,
        ...(discountFen ? { discountFen, discountReason: '老学员优惠' } : {}),
      })
      .expect(201);
    return enrolled.body.receivableId as number;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    const manager = await t.createUser('manager');
    mine = await t.createUser('coordinator');
    theirs = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    const { classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: manager.accessToken },
      { feeFen: 100_000 },
    );
    const detail = await t.get(`/api/classes/${classId}`, manager.accessToken).expect(200);
    className = `${detail.body.course.name}第${detail.body.term}期`;
    // Mine: ¥200 off, pays ¥300 cash and ¥500 by WeChat (a mistake, reversed), then ¥500 by
    // WeChat. Theirs: ¥100 off, pays ¥900 by transfer, all refunded by transfer.
    const a = await enrol(classId, mine, 20_000);
    const b = await enrol(classId, theirs, 10_000);
    await pay(a, 30_000, 'cash');
    const wrong = await pay(a, 50_000, 'wechat');
    await t
      .post(`/api/payments/${wrong.body.entry.id}/reversal`, finance.accessToken, {
        reason: '重复收款',
      })
      .set('Idempotency-Key', key())
      .expect(201);
    await pay(a, 50_000, 'wechat');
    await pay(b, 90_000, 'transfer');
    const document = await t
      .http()
      .post('/api/refunds/documents')
      .set('Authorization', `Bearer ${theirs.accessToken}`)
      .attach('file', Buffer.from('%PDF-1.4\n%退费\n'), 'refund.pdf')
      .expect(201);
    const refund = await t
      .post(`/api/receivables/${b}/refunds`, theirs.accessToken, {
        amountFen: 90_000,
        reason: '无法参加',
        documentId: document.body.id,
      })
      .expect(201);
    await t
      .post(`/api/refunds/${refund.body.id}/approval`, finance.accessToken, {
        methodCode: 'transfer',
        note: '原路退回',
      })
      .set('Idempotency-Key', key())
      .expect(201);
    const sheet = await t.get('/api/finance/closing-sheet', finance.accessToken).expect(200);
    today = sheet.body.day;
  });
  afterAll(() => t.close());

  it('renders the same figures as Excel and PDF', async () => {
    await expectFormatsAgree(t, finance, `/api/reports/finance-closing?from=${today}&to=${today}`);
  });

  it("sums each class's discounts from the ledger beside what is due", async () => {
    const answer = await t.get('/api/reports/finance-classes', finance.accessToken).expect(200);
    const row = answer.body.rows.find((r: { className: string }) => r.className === className);
    expect(row).toMatchObject({
      students: 2,
      discount: 30_000,
      due: 170_000,
      paid: 170_000,
      refunded: 90_000,
    });
    const own = await t.get('/api/reports/finance-classes', mine.accessToken).expect(200);
    expect(own.body.rows).toEqual([
      expect.objectContaining({ className, discount: 20_000, due: 80_000 }),
    ]);
  });

  it("gives a day's receipts per way of paying, reversals and refunds at theirs", async () => {
    const answer = await t
      .get(`/api/reports/finance-closing?from=${today}&to=${today}`, finance.accessToken)
      .expect(200);
    expect(answer.body.title).toBe('财务报表：按付款方式收款');
    expect(answer.body.rows).toEqual([
      { method: '现金', payments: 1, received: 30_000, reversed: 0, refunded: 0, net: 30_000 },
      {
        method: '银行转账',
        payments: 1,
        received: 90_000,
        reversed: 0,
        refunded: 90_000,
        net: 0,
      },
      {
        method: '微信支付',
        payments: 2,
        received: 100_000,
        reversed: 50_000,
        refunded: 0,
        net: 50_000,
      },
    ]);
    expect(answer.body.totals).toEqual({
      method: '合计',
      payments: 4,
      received: 220_000,
      reversed: 50_000,
      refunded: 90_000,
      net: 80_000,
    });
    expect(answer.body.charts[0]).toMatchObject({ kind: 'pie', money: true });

    const own = await t
      .get(`/api/reports/finance-closing?from=${today}&to=${today}`, mine.accessToken)
      .expect(200);
    expect(own.body.totals).toMatchObject({ payments: 3, received: 130_000, net: 80_000 });
  });

  it('needs the period, and counts nothing on a day without money', async () => {
    const missing = await t.get('/api/reports/finance-closing', finance.accessToken).expect(400);
    expect(missing.body.code).toBe('REPORT_PARAMETER_MISSING');
    const quiet = await t
      .get('/api/reports/finance-closing?from=2020-01-01&to=2020-01-31', finance.accessToken)
      .expect(200);
    expect(quiet.body.rows).toEqual([]);
    expect(quiet.body.totals).toMatchObject({ payments: 0, net: 0 });
  });
});
