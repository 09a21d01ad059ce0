import { MisdocumentedController } from '../support/misdocumented.controller';
import { ResponseConformance, type OpenApiDocument } from '../support/response-conformance';
import { TestApp } from '../support/test-app';

/**
 * Every answer a test receives is checked against the API document when its application
 * closes (test/support/test-app.ts). These prove the check can fail: each wrong answer below
 * is one a real handler could give if its `@ApiDoc` or view class were wrong.
 */
describe('answers are checked against the OpenAPI document', () => {
  let t: TestApp;
  let conformance: ResponseConformance;

  beforeAll(async () => {
    t = await TestApp.start();
    const document = (await t.get('/api/docs-json').expect(200)).body as OpenApiDocument;
    conformance = new ResponseConformance(document);
  });
  afterAll(() => t.close());

  const plan = {
    id: 7,
    customer: {
      id: 3,
      code: 'C0003',
      name: '张伟',
      mobile: '138****0000',
      ownerId: 2,
      deleted: false,
    },
    type: { id: 1, code: 'call', name: '电话' },
    content: '回访',
    dueAt: '2026-03-01T08:00:00.000Z',
    owner: { id: 2, displayName: '李娜' },
    assignee: { id: 2, displayName: '李娜' },
    remindBySms: false,
    status: 'open',
    origin: 'manual',
    delegatedAt: null,
    delegationNote: null,
    completedAt: null,
    completedBy: null,
    recordId: null,
    cancelledAt: null,
    cancelReason: null,
    createdAt: '2026-02-28T08:00:00.000Z',
    version: 1,
  };
  const created = (body: unknown, status = 201) =>
    conformance.check({
      method: 'POST',
      path: '/api/plans',
      status,
      contentType: 'application/json; charset=utf-8',
      body,
    });

  it('finds the operation by its path template, a literal segment before a parameter', () => {
    expect(conformance.templateFor('/api/plans/12?fields=all')).toBe('/api/plans/{id}');
    expect(conformance.templateFor('/api/plans/briefing?customerId=3')).toBe('/api/plans/briefing');
    expect(conformance.templateFor('/api/no-such-thing')).toBeUndefined();
  });

  it('refuses a body without a required property, with a wrong type or an unknown property', () => {
    const right = { plan, duplicate: false, sameDayPlans: [] };
    expect(created(right)).toEqual([]);
    // What the document said before it was checked: the plan alone.
    expect(created(plan)).toEqual(
      expect.arrayContaining([
        "(body) must have required property 'plan'",
        "(body) must NOT have unevaluated properties 'id'",
      ]),
    );
    expect(created({ ...right, duplicate: 'no' }).join('\n')).toContain(
      '/duplicate must be boolean',
    );
    expect(created({ ...right, plan: { ...plan, dueAt: 'tomorrow' } }).join('\n')).toContain(
      '/plan/dueAt must match format "date-time"',
    );
    expect(created({ ...right, sameDayPlans: [{ ...plan, id: undefined }] }).join('\n')).toContain(
      "/sameDayPlans/0 must have required property 'id'",
    );
    expect(created({ ...right, plan: { ...plan, secret: 1 } }).join('\n')).toContain(
      "/plan must NOT have unevaluated properties 'secret'",
    );
  });

  it('refuses a status the operation does not document, and an error outside the envelope', () => {
    expect(created({ plan }, 202)).toEqual([
      expect.stringContaining('status 202 is not documented'),
    ]);
    const refused = { statusCode: 401, error: 'Unauthorized', message: '请先登录' };
    expect(created(refused, 401)).toEqual([]);
    expect(created({ ...refused, statusCode: 403 }, 401).join('\n')).toContain(
      '/statusCode must be equal to one of the allowed values [401]',
    );
    expect(created({ ...refused, code: 'NO_SUCH_CODE' }, 401).join('\n')).toContain('/code');
    expect(created({ message: '请先登录' }, 401).join('\n')).toContain(
      "must have required property 'statusCode'",
    );
  });

  it('reads no body that is not JSON, but checks the type of a downloaded file', () => {
    const answer = (path: string, status: number, contentType: string) =>
      conformance.check({ method: 'GET', path, status, contentType, body: {} });
    expect(answer('/api/plans/7', 400, 'text/html')).toEqual([]);
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(answer('/api/customers/export', 200, xlsx)).toEqual([]);
    expect(answer('/api/customers/export', 200, 'text/csv; charset=utf-8')).toEqual([
      `answered text/csv, documented as ${xlsx}`,
    ]);
  });

  it('is run by the test application on every answer a test receives', async () => {
    const app = await TestApp.start({ controllers: [MisdocumentedController] });
    try {
      await app.get('/api/test-misdocumented/kept').expect(200);
      await app.get('/api/test-misdocumented/broken').expect(200);
      const found = await app.conformanceViolations();
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^GET \/api\/test-misdocumented\/broken 200 \(.*is run by the test/);
      expect(found[0]).toContain('/id must be number');
      expect(found[0]).toContain('/status must be equal to one of the allowed values');
      expect(found[0]).toContain("must NOT have unevaluated properties 'extra'");
    } finally {
      await app.close();
    }
  });
});
