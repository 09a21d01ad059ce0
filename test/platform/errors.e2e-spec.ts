import { FailureController } from '../support/failure.controller';
import { TestApp, TestUser, uniqueUsername } from '../support/test-app';

/** Every error response has exactly this shape (DESIGN.md §7). */
function expectErrorShape(body: Record<string, unknown>, statusCode: number) {
  expect(body).toMatchObject({
    statusCode,
    error: expect.any(String),
    message: expect.any(String),
  });
  expect(
    Object.keys(body).every((key) =>
      ['statusCode', 'error', 'message', 'code', 'details'].includes(key),
    ),
  ).toBe(true);
  const text = JSON.stringify(body);
  expect(text).not.toMatch(
    /\bat \S+ \(|\.ts:\d+|node_modules|SELECT|INSERT|QueryFailedError|SQLITE|password_hash/i,
  );
}

describe('errors and bad input', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start({ controllers: [FailureController] });
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('unknown route: 404', async () => {
    const response = await t.get('/api/no-such-thing').expect(404);
    expectErrorShape(response.body, 404);
    expect(response.body.code).toBe('NO_ROUTE');
    const outside = await t.get('/nothing-here').expect(404);
    expectErrorShape(outside.body, 404);
    expect(outside.body.message).toContain('接口地址都以 /api 开头');
  });

  it('malformed JSON: 400', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "admin", ')
      .expect(400);
    expectErrorShape(response.body, 400);
    expect(response.body.code).toBe('INVALID_JSON');
  });

  it('oversized body: 413', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) }))
      .expect(413);
    expectErrorShape(response.body, 413);
  });

  it('malformed %-escape in the path: 400 BAD_URL, said in Chinese (English on request)', async () => {
    const response = await t.get('/api/admin/users/%E0%A4%A', admin.accessToken).expect(400);
    expectErrorShape(response.body, 400);
    expect(response.body.code).toBe('BAD_URL');
    expect(response.body.message).toMatch(/地址/);
    const english = await t
      .get('/api/admin/users/%E0%A4%A', admin.accessToken)
      .set('Accept-Language', 'en')
      .expect(400);
    expect(english.body).toMatchObject({
      code: 'BAD_URL',
      message: expect.stringMatching(/address/),
    });
  });

  it('a path parameter over the router limit: 414 PATH_TOO_LONG in the one error shape', async () => {
    const response = await t
      .get(`/api/admin/users/${'9'.repeat(500)}`, admin.accessToken)
      .expect(414);
    expectErrorShape(response.body, 414);
    expect(response.body.code).toBe('PATH_TOO_LONG');
    expect(response.body.message).not.toMatch(/exceeding|FST_/);
  });

  it('validation: 400 listing each field at fault, nothing stored', async () => {
    const before = await t.get('/api/admin/users?pageSize=1', admin.accessToken).expect(200);
    const response = await t
      .post('/api/admin/users', admin.accessToken, {
        username: 'x',
        displayName: 'd'.repeat(101),
        role: 'owner',
        mobile: '12345',
        isAdmin: true,
      })
      .expect(400);
    expectErrorShape(response.body, 400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['displayName', 'isAdmin', 'mobile', 'role', 'username']);
    const missing = await t.post('/api/admin/users', admin.accessToken, {}).expect(400);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['username', 'displayName', 'role']),
    );
    const wrongTypes = await t
      .post('/api/admin/users', admin.accessToken, { username: 42, displayName: ['a'], role: null })
      .expect(400);
    expectErrorShape(wrongTypes.body, 400);
    await t.post('/api/admin/users', admin.accessToken, [] as unknown as object).expect(400);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const notJson = await t
        .http()
        .post('/api/admin/users')
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .set('Content-Type', type)
        .send('username=x')
        .expect(415);
      expectErrorShape(notJson.body, 415);
      expect(notJson.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const after = await t.get('/api/admin/users?pageSize=1', admin.accessToken).expect(200);
    expect(after.body.total).toBe(before.body.total);
  });

  it('hostile values are refused or stored as plain text', async () => {
    const injection = await t
      .post('/api/admin/users', admin.accessToken, {
        username: "x'; DROP TABLE app_user;--",
        displayName: 'a',
        role: 'clerk',
      })
      .expect(400);
    expectErrorShape(injection.body, 400);
    const username = uniqueUsername('html');
    const created = await t
      .post('/api/admin/users', admin.accessToken, {
        username,
        displayName: '<script>alert(1)</script>=cmd|"/C calc"!A0',
        role: 'clerk',
      })
      .expect(201);
    const read = await t
      .get(`/api/admin/users/${created.body.user.id}`, admin.accessToken)
      .expect(200);
    expect(read.body.displayName).toBe('<script>alert(1)</script>=cmd|"/C calc"!A0');
    expect(read.headers['content-type']).toMatch(/application\/json/);
    const search = await t
      .get(`/api/admin/users?q=${encodeURIComponent("' OR 1=1 --")}`, admin.accessToken)
      .expect(200);
    expect(search.body.total).toBe(0);
    await t.get('/api/admin/users?page=1&page=2', admin.accessToken).expect(400);
    await t.get('/api/admin/users?pageSize=201', admin.accessToken).expect(400);
    await t.get('/api/admin/users?role[$ne]=x', admin.accessToken).expect(400);
    await t
      .post('/api/auth/login', undefined, { username: { $gt: '' }, password: 'x' })
      .expect(400);
  });

  it('no or bad token: 401; not allowed: 403', async () => {
    const anonymous = await t.get('/api/admin/users').expect(401);
    expectErrorShape(anonymous.body, 401);
    const coordinator = await t.createUser('coordinator');
    const forbidden = await t.get('/api/admin/users', coordinator.accessToken).expect(403);
    expectErrorShape(forbidden.body, 403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
  });

  it('a route that declares no access policy is refused to everyone', async () => {
    await t.get('/api/test-failures/undeclared').expect(401);
    const refused = await t.get('/api/test-failures/undeclared', admin.accessToken).expect(403);
    expectErrorShape(refused.body, 403);
  });

  it('missing record: 404, never another record; malformed id: 400', async () => {
    const missing = await t.get('/api/admin/users/999999', admin.accessToken).expect(404);
    expectErrorShape(missing.body, 404);
    expect(missing.body.code).toBe('NOT_FOUND');
    for (const id of [
      'abc',
      '0',
      '-1',
      '1e3',
      '1.5',
      'undefined',
      'null',
      '99999999999999999999',
      '1%20OR%201=1',
    ]) {
      const response = await t.get(`/api/admin/users/${id}`, admin.accessToken);
      expect([id, response.status]).toEqual([id, 400]);
      expectErrorShape(response.body, 400);
    }
  });

  it('conflict: 409', async () => {
    const response = await t
      .post('/api/admin/users', admin.accessToken, {
        username: 'admin',
        displayName: 'Second admin',
        role: 'admin',
      })
      .expect(409);
    expectErrorShape(response.body, 409);
  });

  it('unexpected failure: 500 with a reference, and neither response nor log holds SQL or a stack', async () => {
    for (const path of ['/api/test-failures/error', '/api/test-failures/query']) {
      const response = await t.get(path).expect(500);
      expectErrorShape(response.body, 500);
      expect(response.body.message).toContain(response.headers['x-request-id']);
    }
    const errorLines = t.logs.filter((line) => line.includes('"level":50'));
    expect(errorLines.length).toBeGreaterThanOrEqual(2);
    for (const line of errorLines) {
      expect(line).not.toMatch(/stack|SELECT|no_such_table|\.ts:\d+/);
    }
  });

  it('keeps passwords and tokens out of the log', async () => {
    const user = await t.createUser('finance');
    await t.signIn(user.username, user.password).expect(200);
    await t.signIn(user.username, 'Another-Wrong-Pass-1').expect(401);
    const all = t.logs.join('\n');
    expect(all).not.toContain(user.password);
    expect(all).not.toContain('Another-Wrong-Pass-1');
    expect(all).not.toContain(user.accessToken);
    expect(all).not.toContain(user.refreshToken.split('.')[1]);
  });
});
