import { TestApp, uniqueUsername } from '../support/test-app';

describe('staff accounts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('creates an account with a generated temporary password that must be changed', async () => {
    const admin = await t.admin();
    const username = uniqueUsername('Mixed.Case');
    const created = await t
      .post('/api/admin/users', admin.accessToken, {
        username,
        displayName: '  王 小明  ',
        role: 'coordinator',
      })
      .expect(201);
    expect(created.body.user).toMatchObject({
      username: username.toLowerCase(),
      displayName: '王 小明',
      role: 'coordinator',
      status: 'active',
      mustChangePassword: true,
    });
    expect(created.body.user).not.toHaveProperty('passwordHash');
    expect(created.body.user).not.toHaveProperty('totpSecret');
    const login = await t.signIn(username, created.body.temporaryPassword).expect(200);
    expect(login.body.mustChangePassword).toBe(true);

    const duplicate = await t
      .post('/api/admin/users', admin.accessToken, {
        username: username.toUpperCase(),
        displayName: 'x',
        role: 'clerk',
      })
      .expect(409);
    expect(duplicate.body.code).toBe('USERNAME_TAKEN');
  });

  it('lists and filters accounts one page at a time', async () => {
    const admin = await t.admin();
    for (let i = 0; i < 3; i += 1) await t.createUser('finance', { displayName: `Finance ${i}` });
    const page = await t
      .get('/api/admin/users?role=finance&pageSize=2&sort=-createdAt', admin.accessToken)
      .expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items.every((u: { role: string }) => u.role === 'finance')).toBe(true);
    const searched = await t.get('/api/admin/users?q=finance%201', admin.accessToken).expect(200);
    expect(searched.body.items.map((u: { displayName: string }) => u.displayName)).toEqual([
      'Finance 1',
    ]);
    // A % typed by the user is a character, not a wildcard.
    const literal = await t.get('/api/admin/users?q=%25', admin.accessToken).expect(200);
    expect(literal.body.total).toBe(0);
    const badSort = await t
      .get('/api/admin/users?sort=passwordHash', admin.accessToken)
      .expect(400);
    expect(badSort.body.message).toContain('不能按“passwordHash”排序');
  });

  it('updates with the version loaded and refuses a stale one', async () => {
    const admin = await t.admin();
    const user = await t.createUser('clerk');
    const loaded = await t.get(`/api/admin/users/${user.id}`, admin.accessToken).expect(200);
    const updated = await t
      .patch(`/api/admin/users/${user.id}`, admin.accessToken, {
        displayName: 'Renamed',
        role: 'manager',
        mobile: '13800138000',
        version: loaded.body.version,
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      displayName: 'Renamed',
      role: 'manager',
      mobile: '13800138000',
    });
    expect(updated.body.version).toBe(loaded.body.version + 1);
    const stale = await t
      .patch(`/api/admin/users/${user.id}`, admin.accessToken, {
        displayName: 'Again',
        version: loaded.body.version,
      })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    // The role change applies on the next request: a manager reads the audit history.
    await t.get('/api/admin/audit-logs', user.accessToken).expect(200);
  });

  it('keeps at least one active administrator and refuses changes to oneself', async () => {
    const admin = await t.admin();
    const self = await t.get(`/api/admin/users/${admin.id}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/admin/users/${admin.id}`, admin.accessToken, {
        role: 'clerk',
        version: self.body.version,
      })
      .expect(403);
    await t.post(`/api/admin/users/${admin.id}/disable`, admin.accessToken).expect(403);
    await t
      .post(`/api/admin/users/${admin.id}/freeze`, admin.accessToken, { reason: 'x' })
      .expect(403);
    await t
      .put(`/api/admin/users/${admin.id}/permissions`, admin.accessToken, {
        grants: [],
        denials: [],
        version: self.body.version,
      })
      .expect(403);

    const second = await t.createUser('admin');
    const manager = await t.createUser('manager');
    await t
      .post(`/api/admin/users/${second.id}/freeze`, manager.accessToken, { reason: 'suspicious' })
      .expect(200);
    // Now the first admin is the only active one.
    const lastAdmin = await t
      .post(`/api/admin/users/${admin.id}/freeze`, manager.accessToken, { reason: 'x' })
      .expect(409);
    expect(lastAdmin.body.code).toBe('LAST_ADMIN');
    await t.post(`/api/admin/users/${second.id}/unfreeze`, manager.accessToken).expect(200);
  });

  it('never deletes an account: disable and enable instead', async () => {
    const admin = await t.admin();
    const user = await t.createUser('coordinator');
    await t
      .http()
      .delete(`/api/admin/users/${user.id}`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .expect(404);
    await t.post(`/api/admin/users/${user.id}/disable`, admin.accessToken).expect(200);
    await t.post(`/api/admin/users/${user.id}/disable`, admin.accessToken).expect(409);
    await t.post(`/api/admin/users/${user.id}/enable`, admin.accessToken).expect(200);
    await t.signIn(user.username, user.password).expect(200);
  });

  it('lets admin, clerk and manager unfreeze, and nobody else', async () => {
    const admin = await t.admin();
    const clerk = await t.createUser('clerk');
    const manager = await t.createUser('manager');
    const coordinator = await t.createUser('coordinator');
    const finance = await t.createUser('finance');
    const target = await t.createUser('coordinator');
    for (const unfreezer of [admin, clerk, manager]) {
      await t
        .post(`/api/admin/users/${target.id}/freeze`, admin.accessToken, { reason: 'test' })
        .expect(200);
      await t.post(`/api/admin/users/${target.id}/unfreeze`, unfreezer.accessToken).expect(200);
    }
    await t
      .post(`/api/admin/users/${target.id}/freeze`, admin.accessToken, { reason: 'test' })
      .expect(200);
    for (const outsider of [coordinator, finance]) {
      await t.post(`/api/admin/users/${target.id}/unfreeze`, outsider.accessToken).expect(403);
    }
    const notFrozen = await t
      .post(`/api/admin/users/${clerk.id}/unfreeze`, admin.accessToken)
      .expect(409);
    expect(notFrozen.body.code).toBe('BAD_STATUS');
  });

  describe('per-user grants and denials', () => {
    it('a grant lets a coordinator see accounts; a denial takes it from a clerk', async () => {
      const admin = await t.admin();
      const coordinator = await t.createUser('coordinator');
      const clerk = await t.createUser('clerk');
      await t.get('/api/admin/users', coordinator.accessToken).expect(403);
      await t.get('/api/admin/users', clerk.accessToken).expect(200);

      const c = await t.get(`/api/admin/users/${coordinator.id}`, admin.accessToken).expect(200);
      await t
        .put(`/api/admin/users/${coordinator.id}/permissions`, admin.accessToken, {
          grants: ['User:read'],
          denials: [],
          version: c.body.version,
        })
        .expect(200);
      await t.get('/api/admin/users', coordinator.accessToken).expect(200);

      const k = await t.get(`/api/admin/users/${clerk.id}`, admin.accessToken).expect(200);
      const denied = await t
        .put(`/api/admin/users/${clerk.id}/permissions`, admin.accessToken, {
          grants: [],
          denials: ['User:read'],
          version: k.body.version,
        })
        .expect(200);
      expect(denied.body.denials).toEqual(['User:read']);
      await t.get('/api/admin/users', clerk.accessToken).expect(403);
      const me = await t.get('/api/auth/me', clerk.accessToken).expect(200);
      expect(JSON.stringify(me.body.rules)).toContain('User');
    });

    it('refuses grants that belong to a role, unknown keys, and a key both granted and denied', async () => {
      const admin = await t.admin();
      const finance = await t.createUser('finance');
      const f = await t.get(`/api/admin/users/${finance.id}`, admin.accessToken).expect(200);
      const path = `/api/admin/users/${finance.id}/permissions`;
      const roleOnly = await t
        .put(path, admin.accessToken, {
          grants: ['AuditLog:read'],
          denials: [],
          version: f.body.version,
        })
        .expect(422);
      expect(roleOnly.body.code).toBe('NOT_GRANTABLE');
      await t
        .put(path, admin.accessToken, {
          grants: ['Everything:do'],
          denials: [],
          version: f.body.version,
        })
        .expect(400);
      await t
        .put(path, admin.accessToken, {
          grants: ['User:read'],
          denials: ['User:read'],
          version: f.body.version,
        })
        .expect(422);
      await t.get('/api/admin/audit-logs', finance.accessToken).expect(403);
      const catalogue = await t.get('/api/admin/permissions', admin.accessToken).expect(200);
      expect(catalogue.body).toContainEqual(
        expect.objectContaining({ key: 'AuditLog:read', grantable: false }),
      );
    });
  });

  it('lists the roles with their permissions and settings', async () => {
    const admin = await t.admin();
    const roles = await t.get('/api/admin/roles', admin.accessToken).expect(200);
    expect(roles.body.map((r: { role: string }) => r.role)).toEqual([
      'admin',
      'clerk',
      'coordinator',
      'finance',
      'manager',
    ]);
    await t
      .patch('/api/admin/roles/owner', admin.accessToken, { requireTwoFactor: true })
      .expect(400);
    await t
      .patch('/api/admin/roles/finance', admin.accessToken, { requireTwoFactor: 'yes' })
      .expect(400);
  });
});
