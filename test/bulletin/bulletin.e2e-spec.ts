import type { Role } from '../../src/access/role';
import { TestApp, TestUser } from '../support/test-app';

interface Summary {
  id: number;
  title: string;
  pinned: boolean;
  read: boolean;
}

const HOSTILE_BODY = [
  '# 开课通知 <script>alert("s")</script>',
  '<img src=x onerror=alert("i")>',
  '[报名](javascript:alert(1)) [表格](JAVASCRIPT\\:alert(2)) [x](&#106;avascript:alert(3))',
  '**请准时**参加',
].join('\n');

describe('bulletin board (§6)', () => {
  let t: TestApp;
  let admin: TestUser;
  let clerk: TestUser;
  let otherClerk: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;
  let manager: TestUser;
  let serial = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    clerk = await t.createUser('clerk');
    otherClerk = await t.createUser('clerk');
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  async function post(
    author: TestUser,
    fields: Partial<{
      title: string;
      body: string;
      pinned: boolean;
      visibleFrom: string;
      visibleTo: string;
      audience: 'all' | 'roles';
      roles: Role[];
    }> = {},
  ) {
    serial += 1;
    const response = await t
      .post('/api/bulletin', author.accessToken, {
        title: `公告 ${serial}`,
        body: `第 ${serial} 条公告的正文`,
        category: 'company',
        audience: 'all',
        ...fields,
      })
      .expect(201);
    return response.body as { id: number; version: number; title: string };
  }

  async function board(user: TestUser): Promise<Summary[]> {
    return (await t.get('/api/bulletin?pageSize=200', user.accessToken).expect(200)).body.items;
  }

  async function unread(user: TestUser): Promise<number> {
    return (await t.get('/api/auth/me', user.accessToken).expect(200)).body.bulletin.unread;
  }

  it('stores and serves a hostile body harmless, as Markdown and as HTML', async () => {
    const notice = await post(clerk, {
      title: '开课<script>alert(1)</script>通知',
      body: HOSTILE_BODY,
    });
    const shown = (await t.get(`/api/bulletin/${notice.id}`, coordinator.accessToken).expect(200))
      .body;
    expect(shown.title).toBe('开课通知');
    for (const text of [shown.bodyMarkdown, shown.bodyHtml] as string[]) {
      expect(text).not.toMatch(/<script|onerror|javascript\s*:|<img/i);
      expect(text).not.toMatch(/alert\("s"\)/);
    }
    expect(shown.bodyMarkdown).toContain('[报名](#blocked:alert(1))');
    expect(shown.bodyHtml).toContain('<h1>开课通知</h1>');
    expect(shown.bodyHtml).toContain('<strong>请准时</strong>');
    // What is stored is already harmless, not only what is served.
    const [stored] = await t.dataSource.query(
      'SELECT body FROM bulletin_notice WHERE id = ' + Number(notice.id),
    );
    expect(stored.body).toBe(shown.bodyMarkdown);
    expect(stored.body).not.toMatch(/<|javascript\s*:|onerror/i);
  });

  it('shows a notice only to its audience: in lists and by id', async () => {
    const managersOnly = await post(clerk, { audience: 'roles', roles: ['manager'] });
    const forCoordinators = await post(clerk, { audience: 'roles', roles: ['coordinator'] });
    const forAll = await post(clerk);

    const coordinatorIds = (await board(coordinator)).map((item) => item.id);
    expect(coordinatorIds).toEqual(expect.arrayContaining([forCoordinators.id, forAll.id]));
    expect(coordinatorIds).not.toContain(managersOnly.id);
    await t.get(`/api/bulletin/${managersOnly.id}`, coordinator.accessToken).expect(404);
    await t.post(`/api/bulletin/${managersOnly.id}/read`, coordinator.accessToken).expect(404);

    const financeIds = (await board(finance)).map((item) => item.id);
    expect(financeIds).toContain(forAll.id);
    expect(financeIds).not.toContain(forCoordinators.id);
    expect(financeIds).not.toContain(managersOnly.id);
    await t.get(`/api/bulletin/${forCoordinators.id}`, finance.accessToken).expect(404);

    const managerIds = (await board(manager)).map((item) => item.id);
    expect(managerIds).toContain(managersOnly.id);
    expect(managerIds).not.toContain(forCoordinators.id);
    // Its author sees it by id (to change it), though it is not on the author's board.
    const own = await t.get(`/api/bulletin/${managersOnly.id}`, clerk.accessToken).expect(200);
    expect(own.body).toMatchObject({ audience: 'roles', roles: ['manager'], mayEdit: true });
    expect((await board(clerk)).map((item) => item.id)).not.toContain(managersOnly.id);
  });

  it('lists pinned notices first, then the newest', async () => {
    const pinned = await post(clerk, { pinned: true });
    const newer = await post(clerk);
    const items = await board(finance);
    const positions = [pinned.id, newer.id].map((id) => items.findIndex((item) => item.id === id));
    expect(positions[0]).toBeGreaterThanOrEqual(0);
    expect(positions[0]).toBeLessThan(positions[1]);
    const firstUnpinned = items.findIndex((item) => !item.pinned);
    expect(items.slice(firstUnpinned).some((item) => item.pinned)).toBe(false);
    // one page at a time
    const page = await t.get('/api/bulletin?page=1&pageSize=2', finance.accessToken).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBe(items.length);
  });

  it('counts a read once, however often and however concurrently it is sent', async () => {
    const notice = await post(manager);
    const before = await unread(coordinator);
    const [a, b] = await Promise.all([
      t.post(`/api/bulletin/${notice.id}/read`, coordinator.accessToken),
      t.post(`/api/bulletin/${notice.id}/read`, coordinator.accessToken),
    ]);
    expect([a.status, b.status]).toEqual([204, 204]);
    await t.post(`/api/bulletin/${notice.id}/read`, coordinator.accessToken).expect(204);
    expect(await unread(coordinator)).toBe(before - 1);

    const seen = await t.get(`/api/bulletin/${notice.id}`, manager.accessToken).expect(200);
    // the author (the manager, in the audience) and the coordinator
    expect(seen.body.readCount).toBe(2);
    const [receipts] = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM bulletin_read WHERE notice_id = ' + Number(notice.id),
    );
    expect(Number(receipts.n)).toBe(2);
    const mine = (await board(coordinator)).find((item) => item.id === notice.id);
    expect(mine?.read).toBe(true);
  });

  it('lowers the unread figure of /api/auth/me as notices are read', async () => {
    const before = await unread(finance);
    const first = await post(clerk);
    const second = await post(clerk, { audience: 'roles', roles: ['finance'] });
    expect(await unread(finance)).toBe(before + 2);
    await t.post(`/api/bulletin/${first.id}/read`, finance.accessToken).expect(204);
    expect(await unread(finance)).toBe(before + 1);
    await t.post(`/api/bulletin/${second.id}/read`, finance.accessToken).expect(204);
    expect(await unread(finance)).toBe(before);
    // a notice of another audience never counts
    await post(clerk, { audience: 'roles', roles: ['manager'] });
    expect(await unread(finance)).toBe(before);
  });

  it('shows who has not read a notice to its author and managers only', async () => {
    const notice = await post(clerk, {
      audience: 'roles',
      roles: ['clerk', 'coordinator', 'finance'],
    });
    await t.post(`/api/bulletin/${notice.id}/read`, coordinator.accessToken).expect(204);

    const list = await t
      .get(`/api/bulletin/${notice.id}/unread-by?pageSize=200`, clerk.accessToken)
      .expect(200);
    const ids = (list.body.items as { id: number; role: string }[]).map((user) => user.id);
    expect(ids).toEqual(expect.arrayContaining([finance.id, otherClerk.id]));
    // the reader, and the author (who has read what they wrote)
    expect(ids).not.toContain(coordinator.id);
    expect(ids).not.toContain(clerk.id);
    expect(ids).not.toContain(manager.id);
    expect(list.body.items.every((user: { role: string }) => user.role !== 'manager')).toBe(true);
    await t.get(`/api/bulletin/${notice.id}/unread-by`, manager.accessToken).expect(200);

    await t.get(`/api/bulletin/${notice.id}/unread-by`, otherClerk.accessToken).expect(403);
    await t.get(`/api/bulletin/${notice.id}/unread-by`, coordinator.accessToken).expect(403);
    await t.get(`/api/bulletin/${notice.id}/unread-by`, finance.accessToken).expect(403);
    const asReader = await t.get(`/api/bulletin/${notice.id}`, coordinator.accessToken).expect(200);
    expect(asReader.body).toMatchObject({ mayEdit: false, readCount: null, read: true });
  });

  it('lets the author or a manager change and withdraw a notice, audited; others get 403', async () => {
    const notice = await post(clerk);
    await t
      .patch(`/api/bulletin/${notice.id}`, otherClerk.accessToken, {
        version: notice.version,
        title: '他人修改',
      })
      .expect(403);
    const changed = await t
      .patch(`/api/bulletin/${notice.id}`, clerk.accessToken, {
        version: notice.version,
        title: '改过的标题',
        body: '新正文 <script>x()</script>',
        pinned: true,
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      title: '改过的标题',
      pinned: true,
      bodyMarkdown: '新正文',
    });
    await t
      .patch(`/api/bulletin/${notice.id}`, clerk.accessToken, {
        version: notice.version,
        title: '过期版本',
      })
      .expect(409);
    await t
      .patch(`/api/bulletin/${notice.id}`, manager.accessToken, {
        version: changed.body.version,
        audience: 'roles',
        roles: ['finance'],
      })
      .expect(200);
    await t.get(`/api/bulletin/${notice.id}`, coordinator.accessToken).expect(404);

    await t
      .http()
      .delete(`/api/bulletin/${notice.id}`)
      .set('Authorization', `Bearer ${otherClerk.accessToken}`)
      // now for finance only: to another clerk it is not there at all
      .expect(404);
    await t
      .http()
      .delete(`/api/bulletin/${notice.id}`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .expect(204);
    await t.get(`/api/bulletin/${notice.id}`, finance.accessToken).expect(404);
    await t.get(`/api/bulletin/${notice.id}`, clerk.accessToken).expect(404);
    expect((await board(finance)).map((item) => item.id)).not.toContain(notice.id);

    const audit = await t
      .get(
        `/api/admin/audit-logs?entityType=BulletinNotice&entityId=${notice.id}`,
        manager.accessToken,
      )
      .expect(200);
    const actions = (audit.body.items as { action: string }[]).map((row) => row.action).sort();
    expect(actions).toEqual([
      'bulletin.create',
      'bulletin.update',
      'bulletin.update',
      'bulletin.withdraw',
    ]);
  });

  it('refuses an audience without roles, roles with "all" and a reversed period', async () => {
    const base = { title: '校验', body: '正文', category: 'policy' };
    await t.post('/api/bulletin', clerk.accessToken, { ...base, audience: 'roles' }).expect(400);
    await t
      .post('/api/bulletin', clerk.accessToken, { ...base, audience: 'all', roles: ['clerk'] })
      .expect(400);
    await t
      .post('/api/bulletin', clerk.accessToken, {
        ...base,
        audience: 'all',
        visibleFrom: '2030-01-02T00:00:00+08:00',
        visibleTo: '2030-01-01T00:00:00+08:00',
      })
      .expect(400);
    const tagsOnly = await t
      .post('/api/bulletin', clerk.accessToken, {
        ...base,
        title: '<b></b><script>x</script>',
        audience: 'all',
      })
      .expect(400);
    expect(tagsOnly.body.details[0].field).toBe('title');
    await t
      .post('/api/bulletin', coordinator.accessToken, { ...base, audience: 'all' })
      .expect(403);
  });

  it('lists the classes of the coming weeks from the classes module', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      t.clock.now(),
    );
    const plus = (days: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const course = (
      await t
        .post('/api/courses', admin.accessToken, { code: 'BULLETIN-CAL', name: '公告栏日历课' })
        .expect(201)
    ).body.id;
    const soon = await t
      .post('/api/classes', manager.accessToken, {
        courseId: course,
        term: 1,
        startDate: plus(3),
        endDate: plus(4),
        venue: '上海市静安区',
      })
      .expect(201);
    const later = await t
      .post('/api/classes', manager.accessToken, {
        courseId: course,
        term: 2,
        startDate: plus(40),
        endDate: plus(41),
      })
      .expect(201);
    const fourWeeks = await t.get('/api/bulletin/calendar', finance.accessToken).expect(200);
    const ids = (fourWeeks.body as { id: number }[]).map((entry) => entry.id);
    expect(ids).toContain(soon.body.id);
    expect(ids).not.toContain(later.body.id);
    const entry = fourWeeks.body.find((item: { id: number }) => item.id === soon.body.id);
    expect(entry).toMatchObject({
      course: { id: course, name: '公告栏日历课' },
      startDate: plus(3),
      endDate: plus(4),
      venue: '上海市静安区',
      status: 'planning',
    });
    const twelve = await t.get('/api/bulletin/calendar?weeks=12', finance.accessToken).expect(200);
    expect((twelve.body as { id: number }[]).map((item) => item.id)).toContain(later.body.id);
    await t.get('/api/bulletin/calendar?weeks=13', finance.accessToken).expect(400);
    await t.get('/api/bulletin/calendar?weeks=0', finance.accessToken).expect(400);
  });

  // Last: it moves the clock past the sessions' life, then signs the users in again.
  it('shows a notice only in its visible period, while its author still manages it', async () => {
    const hour = 3_600_000;
    const now = t.clock.now().getTime();
    const notice = await post(clerk, {
      visibleFrom: new Date(now + hour).toISOString(),
      visibleTo: new Date(now + 3 * hour).toISOString(),
    });
    expect((await board(finance)).map((item) => item.id)).not.toContain(notice.id);
    await t.get(`/api/bulletin/${notice.id}`, finance.accessToken).expect(404);
    const managed = await t
      .get('/api/bulletin/managed?pageSize=200', clerk.accessToken)
      .expect(200);
    expect(managed.body.items.map((item: Summary) => item.id)).toContain(notice.id);

    t.clock.advance(2 * hour);
    finance = await signInAgain(finance);
    clerk = await signInAgain(clerk);
    expect((await board(finance)).map((item) => item.id)).toContain(notice.id);
    await t.get(`/api/bulletin/${notice.id}`, finance.accessToken).expect(200);

    t.clock.advance(2 * hour);
    finance = await signInAgain(finance);
    clerk = await signInAgain(clerk);
    expect((await board(finance)).map((item) => item.id)).not.toContain(notice.id);
    await t.get(`/api/bulletin/${notice.id}`, finance.accessToken).expect(404);
    await t.get(`/api/bulletin/${notice.id}`, clerk.accessToken).expect(200);
  });

  async function signInAgain(user: TestUser): Promise<TestUser> {
    const login = await t.signIn(user.username, user.password).expect(200);
    return { ...user, accessToken: login.body.accessToken, refreshToken: login.body.refreshToken };
  }
});
