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
      .post('/api/plans', manager.accessToken, { customerId: customer.id, typeId: 1, content: '回访', dueAt: '2030-01-15T10:00:00+08:00' })
      .expect(201);
    plan = planned.body.plan;
  });
  afterAll(() => t.close());

  const customerVersion = async () => (await t.get(`/api/customers/${customer.id}`, manager.accessToken).expect(200)).body.version;

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', '-constructor', 'createdAt,valueOf'])(
    '?sort=%s on every list of the API document: 400 naming the sort field',
    async (sort) => {
      const document = (await t.get('/api/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
      };
      const lists = Object.entries(document.paths)
        .filter(([path, methods]) => !path.includes('{') && methods.get?.parameters?.some((p) => p.in === 'query' && p.name === 'sort'))
        .map(([path]) => path);
      let pages = 0;
      for (const path of lists) {
        const token = (await t.get(path, admin.accessToken)).status === 403 ? manager.accessToken : admin.accessToken;
        // the lists that answer a page (an export takes the list's filters but keeps its own order)
        if (!('items' in (await t.get(path, token).expect(200)).body)) continue;
        pages += 1;
        const response = await t.get(`${path}?sort=${encodeURIComponent(sort)}`, token);
        expect([path, response.status, response.body.details?.[0]?.field]).toEqual([path, 400, 'sort']);
      }
      expect(pages).toBeGreaterThanOrEqual(8);
    },
  );

  it.each([
    ['customer gender', 'gender'],
    ['customer name', 'name'],
    ['customer mobile', 'mobile'],
    ['customer category', 'category'],
    ['customer care', 'care'],
    ['customer other phones', 'otherPhones'],
  ])('null in a field that may not be null (%s): 400 with the field, nothing changed', async (_, field) => {
    const version = await customerVersion();
    const response = await t.patch(`/api/customers/${customer.id}`, manager.accessToken, { version, [field]: null }).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual([field]);
    expect(await customerVersion()).toBe(version);
  });

  it('null in a field that null clears (email, notes): accepted and cleared', async () => {
    const version = await customerVersion();
    await t.patch(`/api/customers/${customer.id}`, manager.accessToken, { version, email: 'a@example.com', notes: '备注' }).expect(200);
    const cleared = await t.patch(`/api/customers/${customer.id}`, manager.accessToken, { version: version + 1, email: null, notes: null }).expect(200);
    expect([cleared.body.email, cleared.body.notes]).toEqual([null, null]);
  });

  it.each([
    ['content of a plan', () => `/api/plans/${plan.id}`, 'patch', { content: null }, 'content'],
    ['label of a dictionary entry', () => '/api/admin/dictionary/industry/it', 'patch', { label: null }, 'label'],
    ['active of a dictionary entry', () => '/api/admin/dictionary/industry/it', 'patch', { active: null }, 'active'],
    ['name of an interaction type', () => '/api/admin/interaction-types/1', 'patch', { name: null }, 'name'],
    ['active of an interaction type', () => '/api/admin/interaction-types/1', 'patch', { active: null }, 'active'],
    ['active of a care template', () => '/api/admin/care/templates/1', 'patch', { active: null }, 'active'],
    ['role of a user', () => `/api/admin/users/${manager.id}`, 'patch', { role: null }, 'role'],
  ] as const)('null in the %s: 400 naming the field', async (_, path, method, body, field) => {
    const token = path().startsWith('/api/admin') ? admin.accessToken : manager.accessToken;
    const response = await t.http()[method](path()).set('Authorization', `Bearer ${token}`).send({ version: 1, ...body }).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it('null password of a new user: 400, no account', async () => {
    const response = await t.post('/api/admin/users', admin.accessToken, { username: 'nullpass', displayName: 'N', role: 'clerk', password: null }).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(['password']);
    const users = await t.get('/api/admin/users?q=nullpass', admin.accessToken).expect(200);
    expect(users.body.total).toBe(0);
  });

  it.each([
    ['an array', DEEP_ARRAY],
    ['an object', DEEP_OBJECT],
  ])('40 KB of JSON nested as %s: 400 BODY_TOO_DEEP, before any guard', async (_, text) => {
    expect(text.length).toBeGreaterThanOrEqual(40_000);
    for (const path of ['/api/auth/login', '/api/customers', '/api/admin/users']) {
      const response = await t.http().post(path).set('Content-Type', 'application/json').send(text);
      expect([path, response.status, response.body.code]).toEqual([path, 400, 'BODY_TOO_DEEP']);
    }
    const nested = `{"name":"深","mobile":"${uniqueMobile()}","care":{"familyNotes":${DEEP_ARRAY}}}`;
    const inField = await t.http().post('/api/customers').set('Authorization', `Bearer ${manager.accessToken}`).set('Content-Type', 'application/json').send(nested);
    expect([inField.status, inField.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
  });

  it('a body nested as deep as real ones is still read', async () => {
    await t
      .post('/api/customers', manager.accessToken, { name: '纪念日', mobile: uniqueMobile(), care: { anniversaries: [{ name: '结婚', date: '05-01' }] } })
      .expect(201);
  });

  it.each([
    ['nextPlan as an array', '/api/interactions', { customerId: 0, typeId: 1, channel: 'phone', content: '聊了', nextPlan: [] }, 'nextPlan'],
    ['care as an array', '/api/customers', { name: '数组', mobile: '13900000001', care: [] }, 'care'],
    ['care as a string', '/api/customers', { name: '文本', mobile: '13900000002', care: 'x' }, 'care'],
    ['otherPhones as an object', '/api/customers', { name: '对象', mobile: '13900000003', otherPhones: {} }, 'otherPhones'],
    ['anniversaries as an object', '/api/customers', { name: '对象', mobile: '13900000004', care: { anniversaries: { name: 'x' } } }, 'care.anniversaries'],
  ])('%s: 400 naming the field', async (_, path, body, field) => {
    const sent = 'customerId' in body ? { ...body, customerId: customer.id } : body;
    const response = await t.post(path, manager.accessToken, sent).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it.each([
    ['an email', '/api/customers', () => ({ name: '邮箱', mobile: uniqueMobile(), email: 'a\ud800@example.com' }), 'email'],
    ['a name', '/api/customers', () => ({ name: '名\udc00字', mobile: uniqueMobile() }), 'name'],
    ['a user email', '/api/admin/users', () => ({ username: 'surrogate', displayName: 'S', role: 'clerk', email: '\ud83d@example.com' }), 'email'],
  ])('a lone surrogate in %s: 400 INVALID_TEXT naming the field', async (_, path, body, field) => {
    const token = path.startsWith('/api/admin') ? admin.accessToken : manager.accessToken;
    const response = await t.post(path, token, body()).expect(400);
    expect([response.body.code, response.body.details[0].field]).toEqual(['INVALID_TEXT', field]);
  });

  it('a NUL byte anywhere in a body or a query: 400 INVALID_TEXT, also before sign-in', async () => {
    const login = await t.post('/api/auth/login', undefined, { username: 'a\u0000b', password: 'x' }).expect(400);
    expect([login.body.code, login.body.details[0].field]).toEqual(['INVALID_TEXT', 'username']);
    const nested = await t.post('/api/customers', manager.accessToken, { name: 'N', mobile: uniqueMobile(), care: { familyNotes: 'a\u0000' } }).expect(400);
    expect(nested.body.details[0].field).toBe('care.familyNotes');
    const query = await t.get('/api/customers?q=a%00b', manager.accessToken).expect(400);
    expect(query.body.code).toBe('INVALID_TEXT');
  });

  it.each([
    ['a customer id in a body', 'post', '/api/plans', () => ({ customerId: BEYOND_INT, typeId: 1, content: 'x', dueAt: '2030-01-15T10:00:00+08:00' }), 'customerId'],
    ['a type id in a body', 'post', '/api/interactions', () => ({ customerId: customer.id, typeId: BEYOND_INT, channel: 'phone', content: 'x' }), 'typeId'],
    ['an owner id in a body', 'post', '/api/customers', () => ({ name: '大号', mobile: uniqueMobile(), ownerId: BEYOND_INT }), 'ownerId'],
    ['an introducer id in a body', 'post', '/api/customers', () => ({ name: '大号', mobile: uniqueMobile(), introducerId: 1e15 }), 'introducerId'],
    ['owner ids of a transfer', 'post', '/api/customers/transfer', () => ({ fromOwnerId: BEYOND_INT, toOwnerId: manager.id }), 'fromOwnerId'],
    ['customer ids of a transfer', 'post', '/api/customers/transfer', () => ({ fromOwnerId: manager.id, toOwnerId: admin.id, customerIds: [BEYOND_INT] }), 'customerIds'],
    ['a version', 'patch', '/api/customers/:id', () => ({ version: BEYOND_INT, name: 'x' }), 'version'],
    ['a negative id', 'post', '/api/plans', () => ({ customerId: -1, typeId: 1, content: 'x', dueAt: '2030-01-15T10:00:00+08:00' }), 'customerId'],
    ['a fractional id', 'post', '/api/plans', () => ({ customerId: 1.5, typeId: 1, content: 'x', dueAt: '2030-01-15T10:00:00+08:00' }), 'customerId'],
  ] as const)('%s above 2^31-1 or not whole: 400 naming the field', async (_, method, path, body, field) => {
    const url = path.replace(':id', String(customer.id));
    const response = await t.http()[method](url).set('Authorization', `Bearer ${manager.accessToken}`).send(body()).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it.each([
    ['/api/customers?ownerId=2147483648', 'ownerId'],
    ['/api/customers?introducerId=99999999999999999999', 'introducerId'],
    ['/api/admin/audit-logs?userId=2147483648', 'userId'],
    ['/api/plans?customerId=1e300', 'customerId'],
  ])('an id in a query beyond the column (%s): 400', async (path, field) => {
    const response = await t.get(path, manager.accessToken).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it('a mobile typed in full-width digits is stored in ASCII digits and found by a full-width search', async () => {
    const created = await t.post('/api/customers', manager.accessToken, { name: '全角', mobile: '１３９８７６５４３２１' }).expect(201);
    const revealed = await t.post(`/api/customers/${created.body.id}/reveal-phone`, manager.accessToken).expect(200);
    expect(revealed.body.mobile).toBe('13987654321');
    const found = await t.get(`/api/customers?q=${encodeURIComponent('１３９８７６５４３２１')}`, manager.accessToken).expect(200);
    expect(found.body.items.map((item: { id: number }) => item.id)).toEqual([created.body.id]);
    const user = await t
      .post('/api/admin/users', admin.accessToken, { username: 'fullwidth', displayName: 'F', role: 'clerk', mobile: '１３９１２３４５６７８' })
      .expect(201);
    expect(user.body.user.mobile).toBe('13912345678');
  });

  it('a name keeps the characters as typed (only numbers, codes and phones are normalised)', async () => {
    const created = await t.post('/api/customers', manager.accessToken, { name: 'Ｌｉ　㈱', mobile: uniqueMobile() }).expect(201);
    expect(created.body.name).toBe('Ｌｉ　㈱');
  });
});
