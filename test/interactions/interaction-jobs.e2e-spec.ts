import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

const DAY_MS = 24 * 3600_000;

describe('interaction jobs: follow-up cycles and plan reminders', () => {
  let t: TestApp;
  let manager: TestUser;
  let alice: TestUser;
  let followUp: number;

  async function fresh(user: TestUser): Promise<TestUser> {
    const login = await t.signIn(user.username, user.password).expect(200);
    return { ...user, accessToken: login.body.accessToken, refreshToken: login.body.refreshToken };
  }

  /** Runs a job as the admin would and returns the run. */
  async function runJob(name: string) {
    const admin = await t.admin();
    const response = await t.post(`/api/admin/jobs/${name}/run`, admin.accessToken).expect(200);
    expect(response.body).toMatchObject({ jobName: name, status: 'succeeded' });
    return response.body as { counts: Record<string, number> };
  }

  async function followUpPlans(customerId: number) {
    const plans = await t
      .get(`/api/plans?customerId=${customerId}&typeId=${followUp}`, manager.accessToken)
      .expect(200);
    return plans.body.items as {
      origin: string;
      status: string;
      assignee: { id: number };
      content: string;
    }[];
  }

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.createUser('manager');
    alice = await t.createUser('coordinator', { displayName: 'Alice' });
    const types = await t.get('/api/interaction-types', alice.accessToken).expect(200);
    followUp = types.body.find((type: { code: string }) => type.code === 'follow_up').id;
  });

  afterAll(() => t.close());

  describe('plan reminders', () => {
    it('reminds the assignee once before a plan falls due, by SMS only where the admin enabled it', async () => {
      const admin = await t.admin();
      const account = await t.get(`/api/admin/users/${alice.id}`, admin.accessToken).expect(200);
      const mobile = uniqueMobile();
      await t
        .patch(`/api/admin/users/${alice.id}`, admin.accessToken, {
          version: account.body.version,
          mobile,
          smsReminders: true,
        })
        .expect(200);
      alice = await fresh(alice);

      const customer = await createCustomer(t, alice.accessToken, { name: '提醒客户' });
      const soon = new Date(t.clock.now().getTime() + 20 * 60_000).toISOString();
      const later = new Date(t.clock.now().getTime() + 120 * 60_000).toISOString();
      const bySms = await t
        .post('/api/plans', alice.accessToken, {
          customerId: customer.id,
          typeId: followUp,
          content: '确认报名',
          dueAt: soon,
          remindBySms: true,
        })
        .expect(201);
      const inboxOnly = await t
        .post('/api/plans', alice.accessToken, {
          customerId: customer.id,
          typeId: followUp,
          content: '回访',
          dueAt: soon,
        })
        .expect(201);
      const notYet = await t
        .post('/api/plans', alice.accessToken, {
          customerId: customer.id,
          typeId: followUp,
          content: '稍后',
          dueAt: later,
          remindBySms: true,
        })
        .expect(201);

      const first = await runJob('plan-reminders');
      expect(first.counts).toEqual({ reminded: 2, sms: 1 });
      const again = await runJob('plan-reminders');
      expect(again.counts).toEqual({ reminded: 0, sms: 0 });

      const inbox = await t.get('/api/notifications?pageSize=200', alice.accessToken).expect(200);
      const reminders = inbox.body.items.filter(
        (n: { kind: string }) => n.kind === 'plan.reminder',
      );
      expect(reminders.map((n: { data: { planId: number } }) => n.data.planId).sort()).toEqual(
        [bySms.body.plan.id, inboxOnly.body.plan.id].sort(),
      );
      expect(reminders[0].title).toContain('提醒客户');

      const outbox = await t
        .get('/api/admin/sms-outbox?purpose=plan-reminder', manager.accessToken)
        .expect(200);
      expect(outbox.body.items).toHaveLength(1);
      expect(outbox.body.items[0].phone).not.toBe(mobile);
      expect(outbox.body.items[0].body).toContain(customer.code);
      expect(outbox.body.items[0].body).not.toContain('提醒客户');

      // The plan's version is untouched by the reminder: an open edit does not conflict.
      await t
        .patch(`/api/plans/${bySms.body.plan.id}`, alice.accessToken, {
          version: bySms.body.plan.version,
          content: '确认报名（改）',
        })
        .expect(200);

      t.clock.advanceMinutes(95);
      const third = await runJob('plan-reminders');
      expect(third.counts).toEqual({ reminded: 1, sms: 1 });
      alice = await fresh(alice);
      const plan = await t.get(`/api/plans/${notYet.body.plan.id}`, alice.accessToken).expect(200);
      expect(plan.body.status).toBe('open');
    });
  });

  describe('follow-up cycles', () => {
    it('lets the admin set the cycles, checked against the dictionary', async () => {
      const admin = await t.admin();
      const current = await t.get('/api/admin/follow-up-cycles', admin.accessToken).expect(200);
      expect(
        current.body.map((c: { basis: string; code: string; intervalDays: number }) => [
          c.basis,
          c.code,
          c.intervalDays,
        ]),
      ).toEqual([
        ['level', 'A', 5],
        ['level', 'B', 10],
        ['level', 'C', 30],
      ]);
      await t
        .put('/api/admin/follow-up-cycles', admin.accessToken, {
          cycles: [{ basis: 'level', code: 'Z', intervalDays: 5 }],
        })
        .expect(400);
      await t
        .put('/api/admin/follow-up-cycles', admin.accessToken, {
          cycles: [{ basis: 'mood', code: 'A', intervalDays: 5 }],
        })
        .expect(400);
      await t
        .put('/api/admin/follow-up-cycles', admin.accessToken, {
          cycles: [{ basis: 'level', code: 'A', intervalDays: 0 }],
        })
        .expect(400);
      await t
        .put('/api/admin/follow-up-cycles', admin.accessToken, {
          cycles: [
            { basis: 'level', code: 'A', intervalDays: 5 },
            { basis: 'level', code: 'A', intervalDays: 6 },
          ],
        })
        .expect(400);
      const saved = await t
        .put('/api/admin/follow-up-cycles', admin.accessToken, {
          cycles: [
            { basis: 'level', code: 'A', intervalDays: 5 },
            { basis: 'level', code: 'B', intervalDays: 10 },
            { basis: 'level', code: 'C', intervalDays: 30 },
            { basis: 'status', code: 'interested', intervalDays: 3 },
          ],
        })
        .expect(200);
      expect(saved.body).toHaveLength(4);
    });

    it('plans exactly one follow-up per stale customer across two runs, for the owner', async () => {
      alice = await fresh(alice);
      manager = await fresh(manager);
      const stale = await createCustomer(t, alice.accessToken, { level: 'A' });
      const contacted = await createCustomer(t, alice.accessToken, { level: 'A' });
      const slowLevel = await createCustomer(t, alice.accessToken, { level: 'B' });
      const byStatus = await createCustomer(t, alice.accessToken, {
        level: 'C',
        statusTag: 'interested',
      });
      const noCycle = await createCustomer(t, alice.accessToken);

      // Nothing is stale yet.
      await runJob('follow-up-cycles');
      for (const customer of [stale, contacted, slowLevel, byStatus, noCycle])
        expect(await followUpPlans(customer.id)).toHaveLength(0);

      t.clock.advance(4 * DAY_MS);
      alice = await fresh(alice);
      await t
        .post('/api/interactions', alice.accessToken, {
          customerId: contacted.id,
          typeId: followUp,
          channel: 'phone',
          content: '联系过',
          outcome: '再约',
        })
        .expect(201);

      t.clock.advance(2 * DAY_MS);
      manager = await fresh(manager);
      const first = await runJob('follow-up-cycles');
      expect(first.counts.planned).toBeGreaterThanOrEqual(2);
      const planned = await followUpPlans(stale.id);
      expect(planned).toHaveLength(1);
      expect(planned[0]).toMatchObject({
        origin: 'cycle',
        status: 'open',
        assignee: { id: alice.id },
      });
      expect(await followUpPlans(byStatus.id)).toHaveLength(1);
      expect(await followUpPlans(contacted.id)).toHaveLength(0);
      expect(await followUpPlans(slowLevel.id)).toHaveLength(0);
      expect(await followUpPlans(noCycle.id)).toHaveLength(0);

      const second = await runJob('follow-up-cycles');
      expect(second.counts.planned).toBe(0);
      expect(second.counts.alreadyPlanned).toBeGreaterThanOrEqual(2);
      expect(await followUpPlans(stale.id)).toHaveLength(1);
      expect(await followUpPlans(byStatus.id)).toHaveLength(1);

      // The plan lands in the owner's to-do.
      alice = await fresh(alice);
      const todo = await t.get('/api/todo', alice.accessToken).expect(200);
      const customers = [...todo.body.dueToday, ...todo.body.overdue].map(
        (p: { customer: { id: number } }) => p.customer.id,
      );
      expect(customers).toEqual(expect.arrayContaining([stale.id, byStatus.id]));
    });
  });
});
