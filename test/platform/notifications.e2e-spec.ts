import { TestApp, TestUser } from '../support/test-app';

describe('in-app notifications', () => {
  let t: TestApp;
  let admin: TestUser;

  /** Locks an account, which alerts every active admin. */
  async function lockSomeone(): Promise<TestUser> {
    const victim = await t.createUser('coordinator');
    for (let i = 0; i < t.config.auth.lockoutMaxAttempts; i += 1) {
      await t.signIn(victim.username, 'Wrong-Password-000').expect(401);
    }
    return victim;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
  });
  afterAll(() => t.close());

  it('delivers lockout alerts to each admin, and to nobody else', async () => {
    const secondAdmin = await t.createUser('admin');
    const manager = await t.createUser('manager');
    const victim = await lockSomeone();
    for (const recipient of [admin, secondAdmin]) {
      const inbox = await t.get('/api/notifications', recipient.accessToken).expect(200);
      expect(inbox.body.items[0]).toMatchObject({
        kind: 'account.locked',
        data: { userId: victim.id },
        readAt: null,
      });
      expect(inbox.body.unread).toBeGreaterThan(0);
    }
    const managerInbox = await t.get('/api/notifications', manager.accessToken).expect(200);
    expect(managerInbox.body).toMatchObject({ items: [], total: 0, unread: 0 });
  });

  it('marks one or all as read, and only the reader’s own', async () => {
    const other = await t.createUser('admin');
    await lockSomeone();
    const inbox = await t.get('/api/notifications?unread=true', admin.accessToken).expect(200);
    const first = inbox.body.items[0];
    const read = await t.post(`/api/notifications/${first.id}/read`, admin.accessToken).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const unreadAfter = await t
      .get('/api/notifications?unread=true', admin.accessToken)
      .expect(200);
    expect(unreadAfter.body.total).toBe(inbox.body.total - 1);

    // Someone else's notification is not found, not "forbidden": ids cannot be probed.
    const otherInbox = await t.get('/api/notifications', other.accessToken).expect(200);
    const notMine = await t
      .post(`/api/notifications/${otherInbox.body.items[0].id}/read`, admin.accessToken)
      .expect(404);
    expect(notMine.body.code).toBe('NOT_FOUND');
    const stillUnread = await t
      .get('/api/notifications?unread=true', other.accessToken)
      .expect(200);
    expect(stillUnread.body.items.map((n: { id: number }) => n.id)).toContain(
      otherInbox.body.items[0].id,
    );

    const all = await t.post('/api/notifications/read-all', admin.accessToken).expect(200);
    expect(all.body.updated).toBeGreaterThan(0);
    const none = await t.get('/api/notifications?unread=true', admin.accessToken).expect(200);
    expect(none.body).toMatchObject({ total: 0, unread: 0 });
    await t.get('/api/notifications?unread=maybe', admin.accessToken).expect(400);
    await t.post('/api/notifications/abc/read', admin.accessToken).expect(400);
  });
});
