import { authenticator } from 'otplib';
import { TestApp, TestUser } from '../support/test-app';

interface AuditRow {
  id: number;
  action: string;
  outcome: string;
  actorId: number | null;
  actorUsername: string | null;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  meta: Record<string, unknown> | null;
  occurredAt: string;
}

describe('audit log', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;

  async function rows(query: string): Promise<AuditRow[]> {
    const response = await t
      .get(`/api/admin/audit-logs?pageSize=200&${query}`, manager.accessToken)
      .expect(200);
    return response.body.items;
  }

  async function latest(action: string, extra = ''): Promise<AuditRow> {
    const found = await rows(`action=${action}${extra}`);
    expect(found.length).toBeGreaterThan(0);
    return found[0];
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  it('records who, when, from where, and before/after for account changes', async () => {
    const user = await t.createUser('coordinator');
    const created = await latest('user.create', `&entityId=${user.id}`);
    expect(created).toMatchObject({
      actorId: admin.id,
      actorUsername: 'admin',
      entityType: 'User',
      outcome: 'success',
    });
    expect(created.after).toMatchObject({ username: user.username, role: 'coordinator' });
    expect(JSON.stringify(created)).not.toMatch(/argon2|passwordHash/);

    const loaded = await t.get(`/api/admin/users/${user.id}`, admin.accessToken).expect(200);
    await t
      .http()
      .patch(`/api/admin/users/${user.id}`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .set('User-Agent', 'audit-test-agent/1.0')
      .set('X-Request-Id', 'audit-test-request-0001')
      .send({ role: 'clerk', version: loaded.body.version })
      .expect(200);
    const updated = await latest('user.update', `&entityId=${user.id}`);
    expect(updated.before).toMatchObject({ role: 'coordinator' });
    expect(updated.after).toMatchObject({ role: 'clerk' });
    expect(updated).toMatchObject({
      userAgent: 'audit-test-agent/1.0',
      requestId: 'audit-test-request-0001',
    });
    expect(updated.ip).toEqual(expect.any(String));
    expect(new Date(updated.occurredAt).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
  });

  it('records every audited action', async () => {
    const user = await t.createUser('finance');
    const v = async () =>
      (await t.get(`/api/admin/users/${user.id}`, admin.accessToken).expect(200)).body.version;
    await t
      .put(`/api/admin/users/${user.id}/permissions`, admin.accessToken, {
        grants: ['User:read'],
        denials: [],
        version: await v(),
      })
      .expect(200);
    await t
      .post(`/api/admin/users/${user.id}/freeze`, admin.accessToken, { reason: 'audit test' })
      .expect(200);
    await t.post(`/api/admin/users/${user.id}/unfreeze`, manager.accessToken).expect(200);
    await t.post(`/api/admin/users/${user.id}/disable`, admin.accessToken).expect(200);
    await t.post(`/api/admin/users/${user.id}/enable`, admin.accessToken).expect(200);
    const reset = await t
      .post(`/api/admin/users/${user.id}/reset-password`, admin.accessToken)
      .expect(200);
    await t.post(`/api/admin/users/${user.id}/reset-2fa`, admin.accessToken).expect(200);
    await t.post(`/api/admin/users/${user.id}/unlock`, manager.accessToken).expect(200);
    await t
      .patch('/api/admin/roles/finance', admin.accessToken, { requireTwoFactor: false })
      .expect(200);

    for (const action of [
      'user.permissions',
      'user.freeze',
      'user.unfreeze',
      'user.disable',
      'user.enable',
      'user.resetPassword',
      'user.resetTwoFactor',
      'user.unlock',
    ]) {
      const row = await latest(action, `&entityId=${user.id}`);
      expect(row.entityType).toBe('User');
    }
    expect((await latest('user.permissions', `&entityId=${user.id}`)).after).toMatchObject({
      grants: ['User:read'],
    });
    expect((await latest('user.freeze', `&entityId=${user.id}`)).after).toMatchObject({
      status: 'frozen',
    });
    expect((await latest('role.update', '&entityType=RolePolicy')).entityId).toBe('finance');

    const signedIn = await t.signIn(user.username, reset.body.temporaryPassword).expect(200);
    const changed = await t
      .post('/api/auth/password', signedIn.body.accessToken, {
        currentPassword: reset.body.temporaryPassword,
        newPassword: 'Brand-New-Password-77',
      })
      .expect(200);
    const setup = await t.post('/api/auth/2fa/setup', changed.body.accessToken).expect(200);
    const code = authenticator
      .clone({ epoch: t.clock.now().getTime() })
      .generate(setup.body.secret);
    await t.post('/api/auth/2fa/enable', changed.body.accessToken, { code }).expect(200);
    await t.post('/api/auth/logout', changed.body.accessToken).expect(204);
    await t.signIn(user.username, 'Wrong-Password-000').expect(401);

    for (const action of [
      'auth.passwordChange',
      'auth.twoFactorSetup',
      'auth.twoFactorEnable',
      'auth.logout',
    ]) {
      const row = await latest(action, `&userId=${user.id}`);
      expect(row.actorId).toBe(user.id);
    }
    const logins = await rows(`action=auth.login&userId=${user.id}`);
    expect(logins.some((row) => row.outcome === 'success')).toBe(true);
    expect(
      logins.some((row) => row.outcome === 'failure' && row.meta?.reason === 'bad-credentials'),
    ).toBe(true);
  });

  it('records refused access and refresh-token reuse', async () => {
    const coordinator = await t.createUser('coordinator');
    await t.get('/api/admin/audit-logs', coordinator.accessToken).expect(403);
    const denied = await latest('access.denied', `&userId=${coordinator.id}`);
    expect(denied).toMatchObject({
      outcome: 'denied',
      meta: { path: '/api/admin/audit-logs', needs: 'AuditLog:read' },
    });

    const login = await t.signIn(coordinator.username, coordinator.password).expect(200);
    await t
      .post('/api/auth/refresh', undefined, { refreshToken: login.body.refreshToken })
      .expect(200);
    await t
      .post('/api/auth/refresh', undefined, { refreshToken: login.body.refreshToken })
      .expect(401);
    expect((await latest('auth.refreshReuse', `&userId=${coordinator.id}`)).outcome).toBe(
      'failure',
    );
  });

  it('filters by user, action prefix, entity and period', async () => {
    const all = await rows('action=auth.');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((row) => row.action.startsWith('auth.'))).toBe(true);
    const mine = await rows(`userId=${admin.id}`);
    expect(mine.every((row) => row.actorId === admin.id)).toBe(true);
    const now = t.clock.now();
    const future = await rows(`from=${new Date(now.getTime() + 3600_000).toISOString()}`);
    expect(future).toEqual([]);
    const past = await rows(`to=${new Date(now.getTime() - 86400_000).toISOString()}`);
    expect(past).toEqual([]);
    const today = await rows(
      `from=${new Date(now.getTime() - 3600_000).toISOString()}&to=${new Date(now.getTime() + 60_000).toISOString()}&entityType=User`,
    );
    expect(today.length).toBeGreaterThan(0);
    expect(today.every((row) => row.entityType === 'User')).toBe(true);
    await t.get('/api/admin/audit-logs?from=2026-02-30', manager.accessToken).expect(400);
    await t
      .get('/api/admin/audit-logs?from=2026-05-02&to=2026-05-01', manager.accessToken)
      .expect(400);
    await t.get('/api/admin/audit-logs?action=DROP%20TABLE', manager.accessToken).expect(400);
  });

  it('is read by managers only and cannot be written, changed or deleted through the API', async () => {
    const count = (await t.get('/api/admin/audit-logs?pageSize=1', manager.accessToken).expect(200))
      .body.total;
    for (const role of ['admin', 'clerk', 'coordinator', 'finance'] as const) {
      const user = role === 'admin' ? admin : await t.createUser(role);
      await t.get('/api/admin/audit-logs', user.accessToken).expect(403);
    }
    const first = (await rows('sort=occurredAt'))[0];
    const auth = { Authorization: `Bearer ${manager.accessToken}` };
    await t.http().post('/api/admin/audit-logs').set(auth).send({ action: 'fake' }).expect(404);
    await t
      .http()
      .put(`/api/admin/audit-logs/${first.id}`)
      .set(auth)
      .send({ action: 'fake' })
      .expect(404);
    await t
      .http()
      .patch(`/api/admin/audit-logs/${first.id}`)
      .set(auth)
      .send({ action: 'fake' })
      .expect(404);
    await t.http().delete(`/api/admin/audit-logs/${first.id}`).set(auth).expect(404);
    await t.http().delete('/api/admin/audit-logs').set(auth).expect(404);
    const after = await rows('sort=occurredAt');
    expect(after[0]).toEqual(first);
    expect(
      (await t.get('/api/admin/audit-logs?pageSize=1', manager.accessToken).expect(200)).body.total,
    ).toBeGreaterThanOrEqual(count);
  });
});
