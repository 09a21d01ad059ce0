import { Workbook } from 'exceljs';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfText = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string; numpages: number }>;

interface Row {
  element: string;
  value: string;
  count: number;
  share: number;
}

/**
 * 七要素 (§8.6): customers spread over gender, age, education, company size, industry,
 * province and position, on hand-made customers with known answers; a coordinator counts
 * only their own; deleted customers are not counted.
 */
describe('seven elements report (§8.6)', () => {
  let t: TestApp;
  let mine: TestUser;
  let theirs: TestUser;
  let manager: TestUser;

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  /** A birthday that makes someone `years` old today (well inside the year). */
  const bornYearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years - 1}-06-15`;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.admin();
    mine = await t.createUser('coordinator');
    theirs = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    const common = { category: 'student' };
    await createCustomer(t, mine.accessToken, {
      ...common,
      name: '要素甲',
      gender: 'female',
      birthday: bornYearsAgo(30),
      education: 'bachelor',
      companySize: 's2',
      industry: 'it',
      provinceCode: '44',
      position: 'manager',
    });
    await createCustomer(t, mine.accessToken, {
      ...common,
      name: '要素乙',
      gender: 'female',
      birthday: bornYearsAgo(50),
      education: 'master',
      industry: 'it',
      provinceCode: '44',
      position: 'owner',
    });
    await createCustomer(t, mine.accessToken, { ...common, name: '要素丙', gender: 'male' });
    await createCustomer(t, mine.accessToken, {
      name: '潜在客户',
      gender: 'male',
      industry: 'finance',
    });
    const gone = await createCustomer(t, mine.accessToken, {
      ...common,
      name: '已删',
      gender: 'male',
    });
    await t
      .http()
      .delete(`/api/customers/${gone.id}`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .expect(204);
    await createCustomer(t, theirs.accessToken, {
      ...common,
      name: '别人的',
      gender: 'male',
      provinceCode: '11',
    });
  });
  afterAll(() => t.close());

  const run = async (user: TestUser, query = '') =>
    (await t.get(`/api/reports/customer-elements${query}`, user.accessToken).expect(200)).body as {
      rows: Row[];
      charts: { kind: string; title: string; categories: string[] }[];
    };
  const of = (rows: Row[], element: string) =>
    rows.filter((row) => row.element === element).map((row) => [row.value, row.count]);

  it('counts a coordinator own students by each element, most first, the unfilled as such', async () => {
    const { rows, charts } = await run(mine, '?category=student');
    expect(of(rows, '性别')).toEqual([
      ['女', 2],
      ['男', 1],
    ]);
    expect(of(rows, '年龄段')).toEqual([
      ['25–34 岁', 1],
      ['45–54 岁', 1],
      ['未填写', 1],
    ]);
    expect(of(rows, '学历')).toEqual([
      ['本科', 1],
      ['硕士', 1],
      ['未填写', 1],
    ]);
    expect(of(rows, '行业')).toEqual([
      ['信息技术/互联网', 2],
      ['未填写', 1],
    ]);
    expect(of(rows, '省份')).toEqual([
      ['广东省', 2],
      ['未填写', 1],
    ]);
    const women = rows.find((row) => row.element === '性别' && row.value === '女');
    expect(women?.share).toBeCloseTo(2 / 3);
    expect(charts.map((chart) => [chart.kind, chart.title])).toEqual([
      ['pie', '性别'],
      ['bar', '年龄段'],
      ['pie', '学历'],
      ['pie', '公司规模'],
      ['bar', '行业'],
      ['bar', '省份'],
      ['bar', '职位'],
    ]);
  });

  it('counts every customer for a manager, deleted ones never', async () => {
    const { rows } = await run(manager, '?category=student');
    expect(of(rows, '性别')).toEqual([
      ['女', 2],
      ['男', 2],
    ]);
    const all = await run(manager);
    expect(of(all.rows, '性别')).toEqual([
      ['男', 3],
      ['女', 2],
    ]);
  });

  it('writes shares as percentages in Excel and all seven charts into the PDF', async () => {
    const xlsx = await t
      .http()
      .get('/api/reports/customer-elements?format=xlsx&category=student')
      .set('Authorization', `Bearer ${mine.accessToken}`)
      .responseType('blob')
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(4).values).toEqual([undefined, '性别', '女', 2, 2 / 3]);
    expect(sheet.getRow(4).getCell(4).numFmt).toBe('0.0%');
    expect(workbook.worksheets[1].getImages()).toHaveLength(7);
    const pdf = await t
      .http()
      .get('/api/reports/customer-elements?format=pdf&category=student')
      .set('Authorization', `Bearer ${mine.accessToken}`)
      .responseType('blob')
      .expect(200);
    const text = (await pdfText(pdf.body as Buffer)).text.replace(/\s+/g, '');
    expect(text).toContain('七要素分布');
    expect(text).toContain('66.7%');
    for (const title of ['性别', '年龄段', '学历', '公司规模', '行业', '省份', '职位'])
      expect(text).toContain(title);
  });

  it('refuses a category that does not exist', async () => {
    const answer = await t
      .get('/api/reports/customer-elements?category=alien', mine.accessToken)
      .expect(400);
    expect(answer.body.code).toBe('REPORT_PARAMETER_INVALID');
    const taken = await t
      .get('/api/reports/finance-classes?category=student', mine.accessToken)
      .expect(400);
    expect(taken.body.code).toBe('REPORT_PARAMETER_UNKNOWN');
  });
});
