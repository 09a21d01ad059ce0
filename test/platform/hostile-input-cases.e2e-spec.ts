import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { DEEP_ARRAY, DEEP_OBJECT } from '../support/hostile-cases';
import { TestApp, TestUser } from '../support/test-app';

const BEYOND_INT = 2_147_483_648;

/**
 * The kinds of input that answered 500 (issue 9 item 7) and full-width digits that were
 * refused (item 12), one by one; hostile-input.e2e-spec.ts tries them on every route.
 */
describe('hostile input: each mechanism', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let customer: { id: number; version: number };
  let plan: { id: number; version: number };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager');
    customer = await createCustomer(t, manager.accessToken);
    const planned = await t
      .post('/api/plans', manager.accessToken, {
        customerId: customer.id,
        typeId: 1,
        content: '回访',
        dueAt: '2030-01-15T10:00:00+08:00',
      })
      .expect(201);
    plan = planned.body.plan;
  });
  afterAll(() => t.close());

  const send = (method: 'post' | 'patch', path: string, token: string, body: object) =>
    method === 'post' ? t.post(path, token, body) : t.patch(path, token, body);

  const customerVersion = async () =>
    (await t.get(`/api/customers/${customer.id}`, manager.accessToken).expect(200)).body.version;

  it.each([
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '-constructor',
    'createdAt,valueOf',
  ])('?sort=%s on every list of the API document: 400 naming the sort field', async (sort) => {
    const document = (await t.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const lists = Object.entries(document.paths)
      .filter(
        ([path, methods]) =>
          !path.includes('{') &&
          methods.get?.parameters?.some((p) => p.in === 'query' && p.name === 'sort'),
      )
      .map(([path]) => path);
    let pages = 0;
    for (const path of lists) {
      const token =
        (await t.get(path, admin.accessToken)).status === 403
          ? manager.accessToken
          : admin.accessToken;
      // the lists that answer a page (an export takes the list's filters but keeps its own order)
      if (!('items' in (await t.get(path, token).expect(200)).body)) continue;
      pages += 1;
      const response = await t.get(`${path}?sort=${encodeURIComponent(sort)}`, token);
      expect([path, response.status, response.body.details?.[0]?.field]).toEqual([
        path,
        400,
        'sort',
      ]);
    }
    expect(pages).toBeGreaterThanOrEqual(8);
  });

  it('null in a customer field that may not be null: 400 naming it, nothing changed; null clears the others', async () => {
    for (const field of ['gender', 'name', 'mobile', 'category', 'stage', 'care', 'otherPhones']) {
      const version = await customerVersion();
      const response = await t.patch(`/api/customers/${customer.id}`, manager.accessToken, {
        version,
        [field]: null,
      });
      expect([
        field,
        response.status,
        response.body.details?.map((detail: { field: string }) => detail.field),
      ]).toEqual([field, 400, [field]]);
      expect(await customerVersion()).toBe(version);
    }
    const version = await customerVersion();
    await t
      .patch(`/api/customers/${customer.id}`, manager.accessToken, {
        version,
        email: 'a@example.com',
        notes: '备注',
      })
      .expect(200);
    const cleared = await t
      .patch(`/api/customers/${customer.id}`, manager.accessToken, {
        version: version + 1,
        email: null,
        notes: null,
      })
      .expect(200);
    expect([cleared.body.email, cleared.body.notes]).toEqual([null, null]);
  });

  it.each([
    [
      'content of a plan',
      (): string => `/api/plans/${plan.id}`,
      'patch',
      { content: null },
      'content',
    ],
    [
      'label of a dictionary entry',
      (): string => '/api/admin/dictionary/industry/it',
      'patch',
      { label: null },
      'label',
    ],
    [
      'active of a dictionary entry',
      (): string => '/api/admin/dictionary/industry/it',
      'patch',
      { active: null },
      'active',
    ],
    [
      'name of an interaction type',
      (): string => '/api/admin/interaction-types/1',
      'patch',
      { name: null },
      'name',
    ],
    [
      'active of an interaction type',
      (): string => '/api/admin/interaction-types/1',
      'patch',
      { active: null },
      'active',
    ],
    [
      'active of a care template',
      (): string => '/api/admin/care/templates/1',
      'patch',
      { active: null },
      'active',
    ],
    [
      'role of a user',
      (): string => `/api/admin/users/${manager.id}`,
      'patch',
      { role: null },
      'role',
    ],
  ] as const)('null in the %s: 400 naming the field', async (_, path, method, body, field) => {
    const token = path().startsWith('/api/admin') ? admin.accessToken : manager.accessToken;
    const response = await send(method, path(), token, { version: 1, ...body }).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it('null password of a new user: 400, no account', async () => {
    const response = await t
      .post('/api/admin/users', admin.accessToken, {
        username: 'nullpass',
        displayName: 'N',
        role: 'clerk',
        password: null,
      })
      .expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual([
      'password',
    ]);
    const users = await t.get('/api/admin/users?q=nullpass', admin.accessToken).expect(200);
    expect(users.body.total).toBe(0);
  });

  it('40 KB of nested JSON, as arrays or objects, in the body or a field: 400 BODY_TOO_DEEP, before any guard', async () => {
    for (const text of [DEEP_ARRAY, DEEP_OBJECT]) {
      expect(text.length).toBeGreaterThanOrEqual(40_000);
      for (const path of ['/api/auth/login', '/api/customers', '/api/admin/users']) {
        const response = await t
          .http()
          .post(path)
          .set('Content-Type', 'application/json')
          .send(text);
        expect([path, response.status, response.body.code]).toEqual([path, 400, 'BODY_TOO_DEEP']);
      }
    }
    const nested = `{"name":"深","mobile":"${uniqueMobile()}","care":{"familyNotes":${DEEP_ARRAY}}}`;
    const inField = await t
      .http()
      .post('/api/customers')
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .set('Content-Type', 'application/json')
      .send(nested);
    expect([inField.status, inField.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
    // as deep as real bodies go is read as before
    await t
      .post('/api/customers', manager.accessToken, {
        name: '纪念日',
        mobile: uniqueMobile(),
        care: { anniversaries: [{ name: '结婚', date: '05-01' }] },
      })
      .expect(201);
  });

  it('an array where an object is expected, and the reverse: 400 naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        '/api/interactions',
        { customerId: customer.id, typeId: 1, channel: 'phone', content: '聊了', nextPlan: [] },
        'nextPlan',
      ],
      [
        `/api/plans/${plan.id}/complete`,
        { version: plan.version, channel: 'phone', content: '聊了', nextPlan: [{}] },
        'nextPlan',
      ],
      ['/api/customers', { name: '数组', mobile: uniqueMobile(), care: [] }, 'care'],
      ['/api/customers', { name: '文本', mobile: uniqueMobile(), care: 'x' }, 'care'],
      ['/api/customers', { name: '对象', mobile: uniqueMobile(), otherPhones: {} }, 'otherPhones'],
      [
        '/api/customers',
        { name: '对象', mobile: uniqueMobile(), care: { anniversaries: { name: 'x' } } },
        'care.anniversaries',
      ],
    ];
    for (const [path, body, field] of cases) {
      const response = await t.post(path, manager.accessToken, body);
      expect([
        path,
        field,
        response.status,
        response.body.details?.map((detail: { field: string }) => detail.field),
      ]).toEqual([path, field, 400, expect.arrayContaining([field])]);
    }
  });

  it.each([
    [
      'an email',
      '/api/customers',
      () => ({ name: '邮箱', mobile: uniqueMobile(), email: 'a\ud800@example.com' }),
      'email',
    ],
    ['a name', '/api/customers', () => ({ name: '名\udc00字', mobile: uniqueMobile() }), 'name'],
    [
      'a user email',
      '/api/admin/users',
      () => ({
        username: 'surrogate',
        displayName: 'S',
        role: 'clerk',
        email: '\ud83d@example.com',
      }),
      'email',
    ],
  ])('a lone surrogate in %s: 400 INVALID_TEXT naming the field', async (_, path, body, field) => {
    const token = path.startsWith('/api/admin') ? admin.accessToken : manager.accessToken;
    const response = await t.post(path, token, body()).expect(400);
    expect([response.body.code, response.body.details[0].field]).toEqual(['INVALID_TEXT', field]);
  });

  it('a NUL byte anywhere in a body or a query: 400 INVALID_TEXT, also before sign-in', async () => {
    const login = await t
      .post('/api/auth/login', undefined, { username: 'a\u0000b', password: 'x' })
      .expect(400);
    expect([login.body.code, login.body.details[0].field]).toEqual(['INVALID_TEXT', 'username']);
    const nested = await t
      .post('/api/customers', manager.accessToken, {
        name: 'N',
        mobile: uniqueMobile(),
        care: { familyNotes: 'a\u0000' },
      })
      .expect(400);
    expect(nested.body.details[0].field).toBe('care.familyNotes');
    const query = await t.get('/api/customers?q=a%00b', manager.accessToken).expect(400);
    expect(query.body.code).toBe('INVALID_TEXT');
  });

  it('an id or version in a body beyond its integer column, negative or fractional: 400 naming the field', async () => {
    const planBody = (customerId: number) => ({
      customerId,
      typeId: 1,
      content: 'x',
      dueAt: '2030-01-15T10:00:00+08:00',
    });
    const cases: ['post' | 'patch', string, Record<string, unknown>, string][] = [
      ['post', '/api/plans', planBody(BEYOND_INT), 'customerId'],
      ['post', '/api/plans', planBody(-1), 'customerId'],
      ['post', '/api/plans', planBody(1.5), 'customerId'],
      [
        'post',
        '/api/interactions',
        { customerId: customer.id, typeId: BEYOND_INT, channel: 'phone', content: 'x' },
        'typeId',
      ],
      [
        'post',
        '/api/customers',
        { name: '大号', mobile: uniqueMobile(), ownerId: BEYOND_INT },
        'ownerId',
      ],
      [
        'post',
        '/api/customers',
        { name: '大号', mobile: uniqueMobile(), introducerId: 1e15 },
        'introducerId',
      ],
      [
        'post',
        '/api/customers/transfer',
        { fromOwnerId: BEYOND_INT, toOwnerId: manager.id },
        'fromOwnerId',
      ],
      [
        'post',
        '/api/customers/transfer',
        { fromOwnerId: manager.id, toOwnerId: admin.id, customerIds: [BEYOND_INT] },
        'customerIds',
      ],
      ['patch', `/api/customers/${customer.id}`, { version: BEYOND_INT, name: 'x' }, 'version'],
      ['patch', `/api/plans/${plan.id}`, { version: 2 ** 53 + 1, content: 'x' }, 'version'],
    ];
    for (const [method, path, body, field] of cases) {
      const response = await send(method, path, manager.accessToken, body);
      expect([
        path,
        field,
        response.status,
        response.body.details?.map((detail: { field: string }) => detail.field),
      ]).toEqual([path, field, 400, expect.arrayContaining([field])]);
    }
  });

  it('an id in a query beyond its integer column: 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/api/customers?ownerId=2147483648', 'ownerId'],
      ['/api/customers?introducerId=99999999999999999999', 'introducerId'],
      ['/api/admin/audit-logs?userId=2147483648', 'userId'],
      ['/api/plans?customerId=1e300', 'customerId'],
    ];
    for (const [path, field] of cases) {
      const response = await t.get(path, manager.accessToken);
      expect([path, response.status, response.body.details?.[0]?.field]).toEqual([
        path,
        400,
        field,
      ]);
    }
  });

  it('a mobile typed in full-width digits is stored in ASCII digits and found by a full-width search', async () => {
    const created = await t
      .post('/api/customers', manager.accessToken, {
        name: '全角',
        mobile: '１３９８７６５４３２１',
      })
      .expect(201);
    const revealed = await t
      .post(`/api/customers/${created.body.id}/reveal-phone`, manager.accessToken)
      .expect(200);
    expect(revealed.body.mobile).toBe('13987654321');
    const found = await t
      .get(`/api/customers?q=${encodeURIComponent('１３９８７６５４３２１')}`, manager.accessToken)
      .expect(200);
    expect(found.body.items.map((item: { id: number }) => item.id)).toEqual([created.body.id]);
    const user = await t
      .post('/api/admin/users', admin.accessToken, {
        username: 'fullwidth',
        displayName: 'F',
        role: 'clerk',
        mobile: '１３９１２３４５６７８',
      })
      .expect(201);
    expect(user.body.user.mobile).toBe('13912345678');
    // names keep what people typed: only numbers, codes and phones are normalised
    const named = await t
      .post('/api/customers', manager.accessToken, { name: 'Ｌｉ　㈱', mobile: uniqueMobile() })
      .expect(201);
    expect(named.body.name).toBe('Ｌｉ　㈱');
  });
});
