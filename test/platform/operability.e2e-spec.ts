import { TestApp } from '../support/test-app';

describe('operability', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({
      configure: (config) => {
        config.server.corsOrigins = ['https://crm.example.com'];
      },
    });
  });
  afterAll(() => t.close());

  it('serves the OpenAPI document and Swagger UI', async () => {
    const json = await t.get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/admin/users',
        '/api/admin/audit-logs',
        '/api/health',
      ]),
    );
    expect(json.body.components.schemas.LoginDto.properties).toHaveProperty('username');
    const ui = await t.get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('sets security headers and gives every response a request id', async () => {
    const response = await t.get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await t
      .http()
      .get('/api/health')
      .set('X-Request-Id', 'client-chosen-id-42')
      .expect(200);
    expect(given.headers['x-request-id']).toBe('client-chosen-id-42');
    const hostile = await t
      .http()
      .get('/api/health')
      .set('X-Request-Id', '<script>alert(1)</script>')
      .expect(200);
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows cross-origin calls only from the configured origins', async () => {
    const allowed = await t
      .http()
      .get('/api/health')
      .set('Origin', 'https://crm.example.com')
      .expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://crm.example.com');
    const other = await t
      .http()
      .get('/api/health')
      .set('Origin', 'https://evil.example.net')
      .expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('logs one JSON line per request with its id and no query string', async () => {
    await t
      .http()
      .get('/api/health?phone=13800138000')
      .set('X-Request-Id', 'log-check-request-1')
      .expect(200);
    const line = t.logs.find((entry) => entry.includes('log-check-request-1'));
    expect(line).toBeDefined();
    const parsed = JSON.parse(line as string);
    expect(parsed).toMatchObject({
      req: { id: 'log-check-request-1', method: 'GET', path: '/api/health' },
      res: { statusCode: 200 },
    });
    expect(line).not.toContain('13800138000');
  });

  it('reports the database in /api/health, and 503 once it is gone', async () => {
    const up = await t.get('/api/health').expect(200);
    expect(up.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
    await t.dataSource.destroy();
    const down = await t.get('/api/health').expect(503);
    expect(down.body).toMatchObject({
      status: 'unavailable',
      checks: { database: { status: 'down' } },
    });
  });
});
