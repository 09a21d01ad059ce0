import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

const DAY_MS = 24 * 3600_000;
const SHANGHAI_MS = 8 * 3600_000;

/** The daily view quota after an unfreeze, and what does not count against it (§3.4, issue 9 item 9). */
describe('daily view quota: unfreezing and refused requests', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let clerk: TestUser;
  let customerId: number;

  async function reader(quota: number): Promise<TestUser & { token: string }> {
    const user = await t.createUser('coordinator');
    const loaded = await t.get(`/api/admin/users/${user.id}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/admin/users/${user.id}`, admin.accessToken, {
        dailyViewQuota: quota,
        version: loaded.body.version,
      })
      .expect(200);
    const login = await t.signIn(user.username, user.password).expect(200);
    return { ...user, token: login.body.accessToken };
  }

  async function status(userId: number): Promise<string> {
    return (await t.get(`/api/admin/users/${userId}`, admin.accessToken).expect(200)).body.status;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    // 10:00 in Shanghai: no test straddles the business day's midnight.
    const localMs = (t.clock.now().getTime() + SHANGHAI_MS) % DAY_MS;
    t.clock.advance((10 * 3600_000 - localMs + DAY_MS) % DAY_MS);
    admin = await t.admin();
    manager = await t.createUser('manager');
    clerk = await t.createUser('clerk');
    customerId = (await createCustomer(t, manager.accessToken)).id;
  });
  afterAll(() => t.close());

  it('gives an unfrozen user a fresh allowance for the rest of the day, and the audit says so', async () => {
    const user = await reader(3);
    for (let i = 0; i < 3; i += 1)
      await t.get(`/api/customers/${customerId}`, user.token).expect(200);
    const refused = await t.get(`/api/customers/${customerId}`, user.token).expect(403);
    expect(refused.body.code).toBe('VIEW_QUOTA_EXCEEDED');
    expect(await status(user.id)).toBe('frozen');

    await t.post(`/api/admin/users/${user.id}/unfreeze`, clerk.accessToken).expect(200);
    const audit = await t
      .get(`/api/admin/audit-logs?action=user.unfreeze&entityId=${user.id}`, manager.accessToken)
      .expect(200);
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0]).toMatchObject({
      actorId: clerk.id,
      before: { status: 'frozen' },
      after: { status: 'active' },
      meta: { viewQuota: { readToday: 3, freshAllowance: 3 } },
    });
    expect(audit.body.items[0].meta.viewQuota.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Work continues the same day: a whole allowance again (a list page counts like a view),
    // and past it the account is frozen again.
    const again = (await t.signIn(user.username, user.password).expect(200)).body.accessToken;
    await t.get(`/api/customers/${customerId}`, again).expect(200);
    await t.get('/api/customers', again).expect(200);
    await t.get(`/api/customers/${customerId}/overview`, again).expect(200);
    expect((await t.get(`/api/customers/${customerId}`, again).expect(403)).body.code).toBe(
      'VIEW_QUOTA_EXCEEDED',
    );
    expect(await status(user.id)).toBe('frozen');
    const views = await t
      .get(
        `/api/admin/audit-logs?action=customer.view&userId=${user.id}&pageSize=100`,
        manager.accessToken,
      )
      .expect(200);
    expect(views.body.total).toBe(5);
  });

  it('counts nothing for requests refused as invalid or for records that are not there', async () => {
    const user = await reader(2);
    // Bad sort, too short a search, a bad id, a missing record: each answered without a view.
    for (const path of [
      '/api/customers?sort=nosuchfield',
      '/api/customers?q=1',
      '/api/customers/abc',
      '/api/customers?pageSize=0',
    ]) {
      await t.get(path, user.token).expect(400);
    }
    for (const path of [
      '/api/customers/99999999',
      '/api/customers/99999999/overview',
      '/api/customers/99999999/referrals',
    ]) {
      await t.get(path, user.token).expect(404);
    }
    expect(await status(user.id)).toBe('active');
    await t.get(`/api/customers/${customerId}`, user.token).expect(200);
    await t.get('/api/customers?sort=-createdAt', user.token).expect(200);
    expect((await t.get(`/api/customers/${customerId}`, user.token).expect(403)).body.code).toBe(
      'VIEW_QUOTA_EXCEEDED',
    );
  });

  it('never lets parallel reads past the fresh allowance either', async () => {
    const user = await reader(10);
    const parallel = (token: string) =>
      Promise.all(Array.from({ length: 30 }, () => t.get(`/api/customers/${customerId}`, token)));
    const first = await parallel(user.token);
    expect(first.filter((r) => r.status === 200)).toHaveLength(10);
    expect(first.every((r) => [200, 401, 403].includes(r.status))).toBe(true);
    expect(await status(user.id)).toBe('frozen');

    await t.post(`/api/admin/users/${user.id}/unfreeze`, clerk.accessToken).expect(200);
    const again = (await t.signIn(user.username, user.password).expect(200)).body.accessToken;
    const second = await parallel(again);
    expect(second.filter((r) => r.status === 200)).toHaveLength(10);
    expect(second.every((r) => [200, 401, 403].includes(r.status))).toBe(true);
    expect(await status(user.id)).toBe('frozen');
    const views = await t
      .get(
        `/api/admin/audit-logs?action=customer.view&userId=${user.id}&pageSize=100`,
        manager.accessToken,
      )
      .expect(200);
    expect(views.body.total).toBe(20);
  });
});
