import { Workbook } from 'exceljs';
import { enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

// pdf-parse's index runs a self-test when loaded without a parent module: the library itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfText = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string; numpages: number }>;

/**
 * The reports (§8): the catalogue each user may run, one report's figures on hand-built money
 * with known answers, in JSON, Excel and PDF alike, within the money the user may see; its
 * parameters checked; every run audited.
 */
describe('reports (§8)', () => {
  let t: TestApp;
  let admin: TestUser;
  let mine: TestUser;
  let theirs: TestUser;
  let finance: TestUser;
  let manager: TestUser;
  let clerk: TestUser;
  let className: string;
  let course: { id: number; name: string };
  let keys = 0;

  const pay = (receivableId: number, amountFen: number) => {
    keys += 1;
    return t
      .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
        amountFen,
        methodCode: 'cash',
      })
      .set('Idempotency-Key', `reports-${process.pid}-${keys}`)
      .expect(201);
  };
  const enrol = async (classId: number, coordinator: TestUser, name: string) => {
    const student = await createCustomer(t, coordinator.accessToken, { name });
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, coordinator.accessToken, {
        customerId: student.id,
      })
      .expect(201);
    return enrolled.body.receivableId as number;
  };
  const download = (user: TestUser, path: string) =>
    t.http().get(path).set('Authorization', `Bearer ${user.accessToken}`).responseType('blob');

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    mine = await t.createUser('coordinator');
    theirs = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    manager = await t.createUser('manager');
    clerk = await t.createUser('clerk');
    const { classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: manager.accessToken },
      { feeFen: 100_000 },
    );
    const detail = await t.get(`/api/classes/${classId}`, manager.accessToken).expect(200);
    className = `${detail.body.course.name}第${detail.body.term}期`;
    course = detail.body.course;
    // ¥1,000.00 each: mine pays ¥300.00, then ¥200.00 reversed and ¥250.00; theirs pays in full.
    const a = await enrol(classId, mine, '报表学员甲');
    const b = await enrol(classId, theirs, '报表学员乙');
    await pay(a, 30_000);
    const wrong = await pay(a, 20_000);
    keys += 1;
    await t
      .post(`/api/payments/${wrong.body.entry.id}/reversal`, finance.accessToken, {
        reason: '金额记错',
      })
      .set('Idempotency-Key', `reports-${process.pid}-${keys}`)
      .expect(201);
    await pay(a, 25_000);
    await pay(b, 100_000);
  });
  afterAll(() => t.close());

  const CLASS_ROW = {
    students: 2,
    discount: 0,
    due: 200_000,
    paid: 155_000,
    refunded: 0,
    outstanding: 45_000,
    overdue: 0,
  };

  it('lists only the reports each user may run', async () => {
    const keysOf = async (user: TestUser) =>
      (await t.get('/api/reports', user.accessToken).expect(200)).body.map(
        (report: { key: string }) => report.key,
      );
    expect(await keysOf(finance)).toContain('finance-classes');
    expect(await keysOf(mine)).toContain('finance-classes');
    expect(await keysOf(clerk)).not.toContain('finance-classes');
    await t.get('/api/reports', admin.accessToken).expect(403);
  });

  it('sums each class money in JSON, with the totals and a chart, and audits the run', async () => {
    const answer = await t.get('/api/reports/finance-classes', finance.accessToken).expect(200);
    expect(answer.body).toMatchObject({
      key: 'finance-classes',
      title: '财务报表：各班级收费情况',
      subtitle: '全部期间',
    });
    const row = answer.body.rows.find((r: { className: string }) => r.className === className);
    expect(row).toEqual({ className, ...CLASS_ROW });
    expect(answer.body.totals.className).toBe('合计');
    expect(answer.body.charts[0]).toMatchObject({ kind: 'bar', money: true });
    expect(answer.body.charts[0].categories).toContain(className);
    const audit = await t
      .get('/api/admin/audit-logs?action=report.run', manager.accessToken)
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      entityType: 'Report',
      entityId: 'finance-classes',
    });
  });

  it('shows a coordinator only the money of the students they enrolled', async () => {
    const answer = await t.get('/api/reports/finance-classes', mine.accessToken).expect(200);
    expect(answer.body.rows).toEqual([
      {
        className,
        students: 1,
        discount: 0,
        due: 100_000,
        paid: 55_000,
        refunded: 0,
        outstanding: 45_000,
        overdue: 0,
      },
    ]);
  });

  it('writes the same figures to Excel: yuan as numbers under a frozen header, the chart as an image', async () => {
    const response = await download(finance, '/api/reports/finance-classes?format=xlsx').expect(
      200,
    );
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('财务报表：各班级收费情况');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '班级',
      '学员数',
      '优惠',
      '应收',
      '已收',
      '已退',
      '尚欠',
      '逾期未收',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== className) return;
      found = true;
      expect((row.values as unknown[]).slice(2)).toEqual([2, 0, 2000, 1550, 0, 450, 0]);
      expect(row.getCell(4).numFmt).toBe('#,##0.00');
    });
    expect(found).toBe(true);
    expect(workbook.worksheets[1].name).toBe('图表');
    expect(workbook.worksheets[1].getImages()).toHaveLength(1);
  });

  it('prints the same figures to a PDF with the Chinese title, the class, the totals and the chart', async () => {
    const response = await download(finance, '/api/reports/finance-classes?format=pdf').expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = await pdfText(response.body as Buffer);
    expect(pdf.numpages).toBeGreaterThanOrEqual(3);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain('财务报表：各班级收费情况');
    expect(text).toContain(className.replace(/\s+/g, ''));
    expect(text).toContain('合计');
    expect(text).toContain('2,000.00');
    expect(text).toContain('1,550.00');
    // The chart's own texts, drawn from its SVG: its title and legend.
    expect(text).toContain('各班级已收与尚欠（元）');
  });

  it('answers in English on request', async () => {
    const answer = await t
      .get('/api/reports/finance-classes', finance.accessToken)
      .set('Accept-Language', 'en')
      .expect(200);
    expect(answer.body.title).toBe('Finance: fees by class');
    expect(answer.body.columns[3].label).toBe('Due');
  });

  it('refuses who may not run it, unknown reports and wrong parameters with a reason', async () => {
    const refused = await t.get('/api/reports/finance-classes', clerk.accessToken).expect(403);
    expect(refused.body.code).toBe('REPORT_FORBIDDEN');
    await t.get('/api/reports/no-such-report', finance.accessToken).expect(404);
    const cases: [string, number, string][] = [
      ["finance-classes'%20OR%201=1", 400, 'VALIDATION_FAILED'],
      ['finance-classes?format=doc', 400, 'VALIDATION_FAILED'],
      ['finance-classes?from=2026-02-30', 400, 'VALIDATION_FAILED'],
      ['finance-classes?courseId=1%20OR%201=1', 400, 'VALIDATION_FAILED'],
      ['finance-classes?dimension=owner', 400, 'VALIDATION_FAILED'],
      ['finance-classes?from=2026-12-01&to=2026-01-01', 400, 'PERIOD_REVERSED'],
      ['finance-classes?from=2000-01-01&to=2026-12-31', 400, 'PERIOD_TOO_LONG'],
    ];
    for (const [path, status, code] of cases) {
      const answer = await t.get(`/api/reports/${path}`, finance.accessToken);
      expect([path, answer.status, answer.body.code]).toEqual([path, status, code]);
    }
  });

  it('names the course and the customer category in the subtitle in words, not codes', async () => {
    const byCourse = await t
      .get(`/api/reports/finance-classes?courseId=${course.id}`, finance.accessToken)
      .expect(200);
    expect(byCourse.body.subtitle).toBe(`课程 ${course.name}`);
    const byCategory = await t
      .get('/api/reports/customer-elements?category=student', manager.accessToken)
      .expect(200);
    expect(byCategory.body.subtitle).toBe('客户类别 学员');
    const inEnglish = await t
      .get('/api/reports/customer-elements?category=prospect', manager.accessToken)
      .set('Accept-Language', 'en')
      .expect(200);
    expect(inEnglish.body.subtitle).toContain('Customer category Prospects');
  });

  it('counts only the students enrolled in the period asked for', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    const now = await t
      .get(`/api/reports/finance-classes?from=${today}&to=${today}`, finance.accessToken)
      .expect(200);
    expect(now.body.subtitle).toBe(`期间 ${today} 至 ${today}`);
    expect(now.body.rows.find((r: { className: string }) => r.className === className)).toEqual({
      className,
      ...CLASS_ROW,
    });
    const before = await t
      .get('/api/reports/finance-classes?from=2020-01-01&to=2020-12-31', finance.accessToken)
      .expect(200);
    expect(before.body.rows).toEqual([]);
    expect(before.body.totals).toMatchObject({ students: 0, due: 0 });
  });
});
