import { Workbook } from 'exceljs';
import { TestApp } from '../support/test-app';
import { dashboardData, type DashboardPeople } from './dashboard-fixture';

type Row = {
  value: string | null;
  label: string;
  value2?: string | null;
  label2?: string;
  count: number;
};

/** The rows as `label[/label2]: count`, sorted (ties may come in another order per database). */
function counted(rows: Row[]): string[] {
  return rows
    .map((row) => `${row.label}${row.label2 === undefined ? '' : `/${row.label2}`}: ${row.count}`)
    .sort();
}

/**
 * 自定义报表 (issue 14, point 11): customers, records and enrolments counted by one or two
 * whitelisted dimensions, with their lists' filters and scope, over the data of
 * dashboard-fixture.ts; anything else refused with 400.
 */
describe('ad-hoc counts', () => {
  let t: TestApp;
  let people: DashboardPeople;
  let courseName: string;

  beforeAll(async () => {
    t = await TestApp.start();
    people = await dashboardData(t);
    const a5 = await t
      .get('/api/customers?pageSize=50&q=看板客户五', people.manager.accessToken)
      .expect(200);
    const a5Id = (a5.body.items as { id: number; name: string }[]).find(
      (item) => item.name === '看板客户五',
    )?.id;
    // Two records either side of midnight Beijing time on New Year's Eve (15:00 and 17:00 UTC).
    const types = (await t.get('/api/interaction-types', people.alice.accessToken).expect(200))
      .body as { code: string; id: number }[];
    for (const occurredAt of ['2025-12-31T15:00:00Z', '2025-12-31T17:00:00Z'])
      await t
        .post('/api/interactions', people.alice.accessToken, {
          customerId: a5Id,
          typeId: types.find((type) => type.code === 'follow_up')?.id,
          channel: 'phone',
          content: '新年问候',
          outcome: '已问候',
          occurredAt,
        })
        .expect(201);
    const course = await t
      .get(`/api/courses/${people.courseId}`, people.manager.accessToken)
      .expect(200);
    courseName = course.body.name;
  }, 120_000);
  afterAll(() => t.close());

  const count = (query: string, token: string) => t.get(`/api/reports/counts?${query}`, token);

  it('counts live customers by owner, largest first, erased ones left out', async () => {
    const answer = await count('subject=customers&by=owner', people.manager.accessToken).expect(
      200,
    );
    expect(answer.body).toMatchObject({
      subject: 'customers',
      by: 'owner',
      by2: null,
      from: null,
      to: null,
      total: 8,
      truncated: false,
    });
    expect(answer.body.rows).toEqual([
      { value: String(people.alice.id), label: '看板甲', count: 7 },
      { value: String(people.bob.id), label: '看板乙', count: 1 },
    ]);
  });

  it('counts by two dimensions, with dictionary labels and the unfilled named', async () => {
    const answer = await count(
      'subject=customers&by=status&by2=owner',
      people.manager.accessToken,
    ).expect(200);
    expect(counted(answer.body.rows)).toEqual(
      [
        '有意向/看板甲: 2',
        '跟进中/看板甲: 1',
        '流失/看板甲: 1',
        '未填写/看板甲: 3',
        '未填写/看板乙: 1',
      ].sort(),
    );
    expect(answer.body.rows[0]).toEqual({
      value: null,
      label: '未填写',
      value2: String(people.alice.id),
      label2: '看板甲',
      count: 3,
    });
    const filtered = await count(
      'subject=customers&by=owner&statusTag=interested',
      people.manager.accessToken,
    ).expect(200);
    expect(filtered.body.rows).toEqual([
      { value: String(people.alice.id), label: '看板甲', count: 2 },
    ]);
  });

  it('counts records by month in the business time zone, across a year boundary', async () => {
    const answer = await count(
      'subject=interactions&by=month&from=2025-12-01&to=2026-01-31',
      people.manager.accessToken,
    ).expect(200);
    expect(counted(answer.body.rows)).toEqual(['2025-12: 1', '2026-01: 1']);
    const october = await count(
      'subject=interactions&by=owner&by2=month&from=2026-10-01&to=2026-10-31',
      people.manager.accessToken,
    ).expect(200);
    expect(october.body.rows).toEqual([
      {
        value: String(people.alice.id),
        label: '看板甲',
        value2: '2026-10',
        label2: '2026-10',
        count: 5,
      },
      {
        value: String(people.bob.id),
        label: '看板乙',
        value2: '2026-10',
        label2: '2026-10',
        count: 2,
      },
    ]);
    expect(october.body.total).toBe(7);
  });

  it('counts enrolments by course and status, by class, and filtered', async () => {
    const answer = await count(
      'subject=enrolments&by=course&by2=status',
      people.manager.accessToken,
    ).expect(200);
    expect(counted(answer.body.rows)).toEqual(
      [`${courseName}/在读: 3`, `${courseName}/已退费: 1`].sort(),
    );
    const byClass = await count(
      `subject=enrolments&by=class&status=enrolled&courseId=${people.courseId}`,
      people.manager.accessToken,
    ).expect(200);
    expect(byClass.body.rows).toHaveLength(1);
    expect(byClass.body.rows[0]).toMatchObject({ value: String(people.classId), count: 3 });
    expect(byClass.body.rows[0].label).toContain(courseName);
  });

  it("gives a coordinator their own customers', records' and enrolments' counts only", async () => {
    const customers = await count('subject=customers&by=owner', people.bob.accessToken).expect(200);
    expect(customers.body.rows).toEqual([
      { value: String(people.bob.id), label: '看板乙', count: 1 },
    ]);
    const enrolments = await count('subject=enrolments&by=owner', people.bob.accessToken).expect(
      200,
    );
    expect(enrolments.body.rows).toEqual([
      { value: String(people.bob.id), label: '看板乙', count: 1 },
    ]);
    const records = await count(
      'subject=interactions&by=month&from=2026-10-01&to=2026-10-31',
      people.bob.accessToken,
    ).expect(200);
    expect(records.body.rows).toEqual([{ value: '2026-10', label: '2026-10', count: 2 }]);
    // Asking for someone else's records is refused, as the records list refuses it.
    await count(
      `subject=interactions&by=month&from=2026-10-01&to=2026-10-31&staffId=${people.alice.id}`,
      people.bob.accessToken,
    ).expect(403);
    // No Report:read, no customers: refused.
    await count('subject=customers&by=owner', people.admin.accessToken).expect(403);
    await count('subject=customers&by=status', people.clerk.accessToken).expect(200);
  });

  it('gives the same rows as an Excel file, with the total', async () => {
    const response = await t
      .http()
      .get('/api/reports/counts?subject=customers&by=status&by2=owner&format=xlsx')
      .set('Authorization', `Bearer ${people.manager.accessToken}`)
      .responseType('blob')
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('自定义统计：客户');
    expect(sheet.getRow(3).values).toEqual([undefined, '状态', '负责人', '数量']);
    const rows: string[] = [];
    sheet.eachRow((row, index) => {
      if (index > 3) rows.push((row.values as unknown[]).slice(1).join('/'));
    });
    expect(rows).toEqual(expect.arrayContaining(['有意向/看板甲/2', '未填写/看板乙/1', '合计//8']));
  });

  it('audits each run', async () => {
    await count('subject=customers&by=level', people.manager.accessToken).expect(200);
    const audit = await t
      .get('/api/admin/audit-logs?pageSize=50&action=report.run', people.manager.accessToken)
      .expect(200);
    expect(audit.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entityId: 'counts',
          meta: expect.objectContaining({ subject: 'customers', by: 'level' }),
        }),
      ]),
    );
  });

  it.each([
    ['subject=customers&by=region', 'COUNT_DIMENSION_UNKNOWN'],
    ['subject=customers&by=course', 'COUNT_DIMENSION_UNKNOWN'],
    ['subject=customers&by=owner;DROP TABLE customer', 'COUNT_DIMENSION_UNKNOWN'],
    ["subject=customers&by=owner'--", 'COUNT_DIMENSION_UNKNOWN'],
    ['subject=customers&by=owner&by2=owner', 'COUNT_DIMENSION_REPEATED'],
    ['subject=interactions&by=owner&level=A', 'COUNT_FILTER_UNKNOWN'],
    ['subject=enrolments&by=owner&statusTag=new', 'COUNT_FILTER_UNKNOWN'],
    ['subject=customers&by=month', 'COUNT_PERIOD_REQUIRED'],
    ['subject=customers&by=owner&to=2026-10-01', 'REPORT_PARAMETER_MISSING'],
    ['subject=customers&by=owner&from=2026-10-31&to=2026-10-01', 'PERIOD_REVERSED'],
    ['subject=customers&by=month&from=2020-01-01&to=2026-10-01', 'PERIOD_TOO_LONG'],
    ["subject=customers&by=owner&statusTag=' OR 1=1 --", 'VALIDATION_FAILED'],
    ['subject=customers&by=owner&ownerId=1;DELETE FROM customer', 'VALIDATION_FAILED'],
    ['subject=customers&by=owner&ownerId=99999999999999999999', 'VALIDATION_FAILED'],
    ['subject=users&by=owner', 'VALIDATION_FAILED'],
    ['subject=customers', 'VALIDATION_FAILED'],
    [`subject=customers&by=${'o'.repeat(200)}`, 'VALIDATION_FAILED'],
    ['subject=customers&by=owner&groupBy=1', 'VALIDATION_FAILED'],
  ])('refuses %s with 400 %s', async (query, code) => {
    const answer = await count(query, people.manager.accessToken).expect(400);
    expect(answer.body.code).toBe(code);
  });
});
