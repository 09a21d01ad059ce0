import { TestApp } from '../support/test-app';
import { dashboardData, type DashboardPeople } from './dashboard-fixture';

type Figure = { key: string; current: number | null; previous: number | null };

/** The figures of a section as `key → [current, previous]`. */
function byKey(figures: Figure[]): Record<string, [number | null, number | null]> {
  return Object.fromEntries(
    figures.map((figure) => [figure.key, [figure.current, figure.previous]]),
  );
}

const OCTOBER = 'from=2026-10-01&to=2026-10-31';

/**
 * 管理看板 (issue 14, point 10): October 2026 against the 31 days before it, over the data of
 * dashboard-fixture.ts; a coordinator's dashboard counts their own customers, records,
 * enrolments and money.
 */
describe('managers’ dashboard', () => {
  let t: TestApp;
  let people: DashboardPeople;

  beforeAll(async () => {
    t = await TestApp.start();
    people = await dashboardData(t);
  }, 120_000);
  afterAll(() => t.close());

  it('compares the period with the one before it, net money, erased customers left out', async () => {
    const answer = await t.get(`/api/reports/dashboard?${OCTOBER}`, people.manager.accessToken);
    expect(answer.status).toBe(200);
    expect(answer.body.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(answer.body.previousPeriod).toEqual({ from: '2026-08-31', to: '2026-09-30' });
    expect(answer.body.silentDays).toBe(30);
    expect(byKey(answer.body.figures)).toEqual({
      newCustomers: [3, 1],
      enrolments: [3, 1],
      // ¥1,000 + ¥200 − ¥200 reversed + ¥400 − ¥400 refunded + ¥100; ¥500 before
      revenue: [110_000, 50_000],
      // (8 + 2 + 20 days) over 4 gaps; (6 days) over 1 gap
      contactInterval: [7.5, 6],
      // all live ones but the one contacted today and the lost one
      silentCustomers: [6, null],
    });
    const revenue = answer.body.figures.find((figure: Figure) => figure.key === 'revenue');
    expect(revenue).toMatchObject({
      label: '实收金额（扣除退款和冲正）',
      kind: 'fen',
      change: 60_000,
      changeRate: 1.2,
    });
    expect(
      answer.body.statusFunnel.map((f: Figure & { label: string }) => [f.label, f.current]),
    ).toEqual([
      ['有意向', 2],
      ['跟进中', 1],
      ['流失', 1],
      ['未设状态', 4],
    ]);
    // The refunded enrolment did not stay in the class.
    expect(byKey(answer.body.stageFunnel)).toEqual({
      'stage.1': [2, 1],
      'stage.2': [0, 0],
      'stage.3': [0, 0],
    });
  });

  it("counts a coordinator's own customers, records, enrolments and money only", async () => {
    const alice = await t
      .get(`/api/reports/dashboard?${OCTOBER}`, people.alice.accessToken)
      .expect(200);
    expect(byKey(alice.body.figures)).toEqual({
      newCustomers: [2, 1],
      enrolments: [2, 1],
      revenue: [100_000, 50_000],
      contactInterval: [3.3, 6],
      silentCustomers: [5, null],
    });
    expect(byKey(alice.body.stageFunnel)['stage.1']).toEqual([1, 1]);
    const bob = await t
      .get(`/api/reports/dashboard?${OCTOBER}`, people.bob.accessToken)
      .expect(200);
    expect(byKey(bob.body.figures)).toEqual({
      newCustomers: [1, 0],
      enrolments: [1, 0],
      revenue: [10_000, 0],
      contactInterval: [20, null],
      silentCustomers: [1, null],
    });
    // A clerk reads no money: the dashboard leaves the revenue out rather than show a part.
    const clerk = await t
      .get(`/api/reports/dashboard?${OCTOBER}`, people.clerk.accessToken)
      .expect(200);
    expect(clerk.body.figures.map((f: Figure) => f.key)).toEqual([
      'newCustomers',
      'enrolments',
      'contactInterval',
      'silentCustomers',
    ]);
    expect(bob.body.figures.find((f: Figure) => f.key === 'revenue')).toMatchObject({
      change: 10_000,
      changeRate: null,
    });
  });

  it('defaults to this month to date, audits each run, and refuses the admin', async () => {
    const answer = await t.get('/api/reports/dashboard', people.manager.accessToken).expect(200);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    expect(answer.body.period).toEqual({ from: `${today.slice(0, 8)}01`, to: today });
    const audit = await t
      .get('/api/admin/audit-logs?pageSize=50&action=report.run', people.manager.accessToken)
      .expect(200);
    expect(
      audit.body.items.some(
        (row: { entityId: string; meta: { from?: string } }) =>
          row.entityId === 'dashboard' && row.meta.from === '2026-10-01',
      ),
    ).toBe(true);
    await t.get('/api/reports/dashboard', people.admin.accessToken).expect(403);
  });

  it.each([
    ['from=2026-10-31&to=2026-10-01', 'PERIOD_REVERSED'],
    ['from=2020-01-01&to=2026-10-01', 'PERIOD_TOO_LONG'],
    ['from=2026-02-30', 'VALIDATION_FAILED'],
    ['silentDays=0', 'VALIDATION_FAILED'],
    ['silentDays=366', 'VALIDATION_FAILED'],
    ['silentDays=9999999999999999999', 'VALIDATION_FAILED'],
    ["from=2026-10-01';DROP TABLE customer;--", 'VALIDATION_FAILED'],
    ['region=1', 'VALIDATION_FAILED'],
  ])('refuses %s with 400 %s', async (query, code) => {
    const answer = await t
      .get(`/api/reports/dashboard?${query}`, people.manager.accessToken)
      .expect(400);
    expect(answer.body.code).toBe(code);
  });
});
