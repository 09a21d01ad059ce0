import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

const DAY_MS = 24 * 3600_000;

/** The business day (Asia/Shanghai) `offset` days from the app's now, at a local time. */
function shanghai(t: TestApp, offsetDays: number, time = '10:00'): string {
  const day = new Date(t.clock.now().getTime() + 8 * 3600_000 + offsetDays * DAY_MS)
    .toISOString()
    .slice(0, 10);
  return `${day}T${time}:00+08:00`;
}

describe('interactions: plans, to-do, delegation, records, work (§4)', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let types: Record<string, number>;

  /** Signs the user in again: moving the clock ends access tokens. */
  async function fresh(user: TestUser): Promise<TestUser> {
    const login = await t.signIn(user.username, user.password).expect(200);
    return { ...user, accessToken: login.body.accessToken, refreshToken: login.body.refreshToken };
  }

  function plan(user: TestUser, body: Record<string, unknown>) {
    return t.post('/api/plans', user.accessToken, {
      typeId: types.follow_up,
      content: '电话跟进课程意向',
      dueAt: shanghai(t, 1),
      ...body,
    });
  }

  async function inbox(user: TestUser) {
    return (await t.get('/api/notifications?pageSize=200', user.accessToken).expect(200)).body
      .items as {
      kind: string;
      title: string;
      body: string;
      data: Record<string, unknown>;
    }[];
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager', { displayName: '王经理' });
    alice = await t.createUser('coordinator', { displayName: '统筹 Alice' });
    bob = await t.createUser('coordinator', { displayName: '统筹 Bob' });
    const list = await t.get('/api/interaction-types', alice.accessToken).expect(200);
    types = Object.fromEntries(
      list.body.map((type: { code: string; id: number }) => [type.code, type.id]),
    );
  });

  afterAll(() => t.close());

  describe('interaction types', () => {
    it('has the six built-in types', () => {
      expect(Object.keys(types).sort()).toEqual([
        'care',
        'class_record',
        'enrolment',
        'follow_up',
        'payment',
        'pre_class_talk',
      ]);
    });

    it('lets the admin add, change, switch off and remove a custom type, and never a built-in', async () => {
      const created = await t
        .post('/api/admin/interaction-types', admin.accessToken, {
          code: 'home_visit',
          name: '家访',
          resultRequired: true,
          reminderLeadMinutes: 120,
        })
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'home_visit',
        builtIn: false,
        resultRequired: true,
        reminderLeadMinutes: 120,
        active: true,
      });
      await t
        .post('/api/admin/interaction-types', admin.accessToken, {
          code: 'home_visit',
          name: '重复',
        })
        .expect(409);
      await t
        .post('/api/admin/interaction-types', admin.accessToken, { code: 'Bad Code!', name: 'x' })
        .expect(400);
      await t
        .post('/api/admin/interaction-types', admin.accessToken, {
          code: 'ok_code',
          name: 'x',
          extra: 1,
        })
        .expect(400);

      const changed = await t
        .patch(`/api/admin/interaction-types/${created.body.id}`, admin.accessToken, {
          version: created.body.version,
          name: '上门家访',
        })
        .expect(200);
      expect(changed.body.name).toBe('上门家访');
      await t
        .patch(`/api/admin/interaction-types/${created.body.id}`, admin.accessToken, {
          version: created.body.version,
          name: '旧版本',
        })
        .expect(409);

      const builtIn = (
        await t.get('/api/admin/interaction-types', admin.accessToken).expect(200)
      ).body.find((type: { code: string }) => type.code === 'follow_up');
      await t
        .http()
        .delete(`/api/admin/interaction-types/${builtIn.id}`)
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .expect(422);
      await t
        .patch(`/api/admin/interaction-types/${builtIn.id}`, admin.accessToken, {
          version: builtIn.version,
          active: false,
        })
        .expect(422);

      // In use: refused with a way out; switched off it is no longer offered.
      const customer = await createCustomer(t, alice.accessToken);
      await t
        .post('/api/interactions', alice.accessToken, {
          customerId: customer.id,
          typeId: created.body.id,
          channel: 'visit',
          content: '上门拜访',
          outcome: '同意报名',
        })
        .expect(201);
      const inUse = await t
        .http()
        .delete(`/api/admin/interaction-types/${created.body.id}`)
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .expect(409);
      expect(inUse.body.message).toMatch(/请改为停用（active: false）/);
      await t
        .patch(`/api/admin/interaction-types/${created.body.id}`, admin.accessToken, {
          version: changed.body.version,
          active: false,
        })
        .expect(200);
      const offered = await t.get('/api/interaction-types', alice.accessToken).expect(200);
      expect(offered.body.map((type: { code: string }) => type.code)).not.toContain('home_visit');
      await plan(alice, { customerId: customer.id, typeId: created.body.id }).expect(400);

      const unused = await t
        .post('/api/admin/interaction-types', admin.accessToken, {
          code: 'tea_party',
          name: '茶话会',
        })
        .expect(201);
      await t
        .http()
        .delete(`/api/admin/interaction-types/${unused.body.id}`)
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .expect(204);
    });
  });

  describe('plans', () => {
    it('flags a second open plan of the same type for the same customer on the same day', async () => {
      const customer = await createCustomer(t, alice.accessToken);
      const first = await plan(alice, {
        customerId: customer.id,
        dueAt: shanghai(t, 1, '09:00'),
      }).expect(201);
      expect(first.body.duplicate).toBe(false);
      expect(first.body.plan).toMatchObject({
        status: 'open',
        owner: { id: alice.id },
        assignee: { id: alice.id },
        customer: { id: customer.id },
      });
      expect(first.body.plan.customer.mobile).toMatch(/\*{4}/);

      const second = await plan(bob, {
        customerId: customer.id,
        dueAt: shanghai(t, 1, '16:00'),
      }).expect(201);
      expect(second.body.duplicate).toBe(true);
      expect(second.body.sameDayPlans.map((p: { id: number }) => p.id)).toEqual([
        first.body.plan.id,
      ]);
      expect(second.body.sameDayPlans[0].owner.displayName).toBe('统筹 Alice');

      const otherType = await plan(bob, {
        customerId: customer.id,
        typeId: types.pre_class_talk,
        dueAt: shanghai(t, 1, '16:00'),
      }).expect(201);
      expect(otherType.body.duplicate).toBe(false);
      const otherDay = await plan(bob, {
        customerId: customer.id,
        dueAt: shanghai(t, 2, '09:00'),
      }).expect(201);
      expect(otherDay.body.duplicate).toBe(false);
    });

    it('shows everyone the open plans and latest records of a customer before planning', async () => {
      const customer = await createCustomer(t, alice.accessToken);
      await plan(alice, { customerId: customer.id, content: 'Alice 的筹划' }).expect(201);
      await t
        .post('/api/interactions', bob.accessToken, {
          customerId: customer.id,
          typeId: types.follow_up,
          channel: 'phone',
          content: 'Bob 打过电话',
          outcome: '下周再联系',
        })
        .expect(201);
      const briefing = await t
        .get(`/api/plans/briefing?customerId=${customer.id}`, bob.accessToken)
        .expect(200);
      expect(briefing.body.openPlans.map((p: { content: string }) => p.content)).toEqual([
        'Alice 的筹划',
      ]);
      expect(briefing.body.recentRecords.map((r: { content: string }) => r.content)).toEqual([
        'Bob 打过电话',
      ]);
      // Plans of a customer are shared; another user's plan list is not.
      const byCustomer = await t
        .get(`/api/plans?customerId=${customer.id}`, bob.accessToken)
        .expect(200);
      expect(byCustomer.body.total).toBe(1);
      await t.get(`/api/plans?assigneeId=${alice.id}`, bob.accessToken).expect(403);
      const managerView = await t
        .get(`/api/plans?assigneeId=${alice.id}&customerId=${customer.id}`, manager.accessToken)
        .expect(200);
      expect(managerView.body.total).toBe(1);
    });

    it('refuses bad plans with a reason and stores nothing', async () => {
      const customer = await createCustomer(t, alice.accessToken);
      const cases: [Record<string, unknown>, string][] = [
        [{ customerId: customer.id, content: undefined }, 'content'],
        [{ customerId: customer.id, dueAt: 'tomorrow' }, 'dueAt'],
        [{ customerId: customer.id, dueAt: shanghai(t, -2) }, 'dueAt'],
        [{ customerId: 99999999 }, 'customerId'],
        [{ customerId: customer.id, typeId: 99999 }, 'typeId'],
        [{ customerId: customer.id, assigneeId: admin.id }, 'assigneeId'],
        [{ customerId: customer.id, content: 'x'.repeat(2001) }, 'content'],
        [
          { customerId: customer.id, content: '<script>alert(1)</script>', remindBySms: 'yes' },
          'remindBySms',
        ],
        [{ customerId: '1; DROP TABLE interaction_plan --' }, 'customerId'],
      ];
      for (const [body, field] of cases) {
        const response = await plan(alice, body).expect(400);
        expect(JSON.stringify(response.body.details)).toContain(field);
      }
      const stored = await t
        .get(`/api/plans?customerId=${customer.id}`, alice.accessToken)
        .expect(200);
      expect(stored.body.total).toBe(0);
    });
  });

  describe('delegation (§4.1.3)', () => {
    it('hands a plan to a colleague and copies the result to the owner when the helper completes it', async () => {
      const customer = await createCustomer(t, alice.accessToken, { name: '委托客户' });
      const created = await plan(alice, {
        customerId: customer.id,
        content: '请确认开课时间',
      }).expect(201);
      const delegated = await t
        .post(`/api/plans/${created.body.plan.id}/delegate`, alice.accessToken, {
          version: created.body.plan.version,
          assigneeId: bob.id,
          note: '我出差，请帮忙',
        })
        .expect(200);
      expect(delegated.body).toMatchObject({
        owner: { id: alice.id },
        assignee: { id: bob.id },
        delegationNote: '我出差，请帮忙',
      });

      const bobInbox = await inbox(bob);
      expect(
        bobInbox.find((n) => n.kind === 'plan.delegated' && n.data.planId === created.body.plan.id)
          ?.body,
      ).toContain('我出差，请帮忙');
      const aliceTodo = await t.get('/api/todo', alice.accessToken).expect(200);
      expect(aliceTodo.body.delegated.map((p: { id: number }) => p.id)).toContain(
        created.body.plan.id,
      );
      const bobTodo = await t.get('/api/todo', bob.accessToken).expect(200);
      expect(bobTodo.body.upcoming.map((p: { id: number }) => p.id)).toContain(
        created.body.plan.id,
      );

      // Someone not on the plan cannot complete it; the helper can.
      const carol = await t.createUser('coordinator');
      await t
        .post(`/api/plans/${created.body.plan.id}/complete`, carol.accessToken, {
          version: delegated.body.version,
          channel: 'phone',
          content: 'x',
          outcome: 'y',
        })
        .expect(403);
      const done = await t
        .post(`/api/plans/${created.body.plan.id}/complete`, bob.accessToken, {
          version: delegated.body.version,
          channel: 'phone',
          content: '已电话确认',
          outcome: '客户确认 12 月开课',
        })
        .expect(200);
      expect(done.body.plan).toMatchObject({
        status: 'done',
        completedBy: { id: bob.id },
        recordId: done.body.record.id,
      });
      expect(done.body.record).toMatchObject({
        staff: { id: bob.id },
        planId: created.body.plan.id,
        outcome: '客户确认 12 月开课',
      });
      expect(done.body.record.code).toMatch(/^G\d{8}\d{4,}$/);

      const result = (await inbox(alice)).find(
        (n) => n.kind === 'plan.delegated-result' && n.data.planId === created.body.plan.id,
      );
      expect(result?.body).toContain('客户确认 12 月开课');
      expect(result?.title).toContain('统筹 Bob');

      // Closed: no second completion, no delegation, no change.
      await t
        .post(`/api/plans/${created.body.plan.id}/complete`, bob.accessToken, {
          version: done.body.plan.version,
          channel: 'phone',
          content: 'again',
          outcome: 'again',
        })
        .expect(409);
      await t
        .post(`/api/plans/${created.body.plan.id}/delegate`, alice.accessToken, {
          version: done.body.plan.version,
          assigneeId: carol.id,
        })
        .expect(409);
    });

    it('refuses a delegation to someone who cannot take plans or with a stale version', async () => {
      const customer = await createCustomer(t, alice.accessToken);
      const created = await plan(alice, { customerId: customer.id }).expect(201);
      const finance = await t.createUser('finance');
      await t
        .post(`/api/plans/${created.body.plan.id}/delegate`, alice.accessToken, {
          version: created.body.plan.version,
          assigneeId: finance.id,
        })
        .expect(400);
      await t
        .post(`/api/plans/${created.body.plan.id}/delegate`, alice.accessToken, {
          version: created.body.plan.version,
          assigneeId: alice.id,
        })
        .expect(400);
      await t
        .post(`/api/plans/${created.body.plan.id}/delegate`, alice.accessToken, {
          version: 99,
          assigneeId: bob.id,
        })
        .expect(409);
      await t
        .post(`/api/plans/${created.body.plan.id}/delegate`, bob.accessToken, {
          version: created.body.plan.version,
          assigneeId: bob.id,
        })
        .expect(403);
    });
  });

  describe('records', () => {
    it('writes a record that moves the status tag with a history row and plans the next contact', async () => {
      const customer = await createCustomer(t, alice.accessToken, { statusTag: 'new' });
      const response = await t
        .post('/api/interactions', alice.accessToken, {
          customerId: customer.id,
          typeId: types.follow_up,
          channel: 'phone',
          content: '介绍了一阶段课程',
          outcome: '有兴趣，想了解时间',
          statusTag: 'interested',
          nextPlan: { typeId: types.pre_class_talk, content: '课前沟通', dueAt: shanghai(t, 3) },
        })
        .expect(201);
      expect(response.body.record).toMatchObject({
        statusTag: 'interested',
        channel: 'phone',
        customer: { id: customer.id },
      });
      expect(response.body.nextPlan).toMatchObject({
        origin: 'record',
        type: { code: 'pre_class_talk' },
        assignee: { id: alice.id },
      });

      const overview = await t
        .get(`/api/customers/${customer.id}/overview`, manager.accessToken)
        .expect(200);
      expect(overview.body.profile.statusTag).toBe('interested');
      expect(overview.body.statusHistory).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'statusTag', fromValue: 'new', toValue: 'interested' }),
        ]),
      );
      expect(overview.body.sections.interactions.total).toBe(1);
      expect(overview.body.sections.interactions.latest[0].content).toBe('介绍了一阶段课程');
      expect(overview.body.sections.plans.open.map((p: { id: number }) => p.id)).toEqual([
        response.body.nextPlan.id,
      ]);
    });

    it('writes nothing when any part is wrong (bad status, type needing a result, bad channel, future time)', async () => {
      const customer = await createCustomer(t, alice.accessToken, { statusTag: 'new' });
      const base = {
        customerId: customer.id,
        typeId: types.follow_up,
        channel: 'phone',
        content: '内容',
        outcome: '结果',
      };
      await t
        .post('/api/interactions', alice.accessToken, { ...base, statusTag: 'no_such_status' })
        .expect(400);
      await t
        .post('/api/interactions', alice.accessToken, { ...base, outcome: undefined })
        .expect(400);
      await t
        .post('/api/interactions', alice.accessToken, { ...base, channel: 'pigeon' })
        .expect(400);
      await t
        .post('/api/interactions', alice.accessToken, { ...base, occurredAt: shanghai(t, 2) })
        .expect(400);
      await t
        .post('/api/interactions', alice.accessToken, {
          ...base,
          nextPlan: { typeId: types.follow_up, content: 'x', dueAt: shanghai(t, -3) },
        })
        .expect(400);
      await t
        .post('/api/interactions', alice.accessToken, { ...base, content: 'x'.repeat(4001) })
        .expect(400);
      const records = await t
        .get(`/api/interactions?customerId=${customer.id}`, alice.accessToken)
        .expect(200);
      expect(records.body.total).toBe(0);
      const profile = await t.get(`/api/customers/${customer.id}`, alice.accessToken).expect(200);
      expect(profile.body.statusTag).toBe('new');
      const plans = await t
        .get(`/api/plans?customerId=${customer.id}`, alice.accessToken)
        .expect(200);
      expect(plans.body.total).toBe(0);
    });
  });

  describe('erasure on request (PIPL)', () => {
    it("cancels the customer's open plans and replaces what was written about them, keeping the rows", async () => {
      const customer = await createCustomer(t, alice.accessToken, { name: '要求删除' });
      const planned = await plan(alice, {
        customerId: customer.id,
        content: '问问她丈夫李四的意见',
      }).expect(201);
      const recorded = await t
        .post('/api/interactions', alice.accessToken, {
          customerId: customer.id,
          typeId: types.follow_up,
          channel: 'phone',
          content: '她说家住朝阳区',
          outcome: '考虑中',
        })
        .expect(201);
      await t
        .post(`/api/customers/${customer.id}/erase`, manager.accessToken, {
          reason: '本人书面要求',
        })
        .expect(200);

      const planAfter = await t
        .get(`/api/plans/${planned.body.plan.id}`, alice.accessToken)
        .expect(200);
      expect(planAfter.body).toMatchObject({ status: 'cancelled', content: '[已删除]' });
      const recordAfter = await t
        .get(`/api/interactions/${recorded.body.record.id}`, alice.accessToken)
        .expect(200);
      expect(recordAfter.body).toMatchObject({
        content: '[已删除]',
        outcome: null,
        code: recorded.body.record.code,
      });
      await plan(alice, { customerId: customer.id }).expect(409);
      const audit = await t
        .get(
          `/api/admin/audit-logs?entityType=Interaction&entityId=${recorded.body.record.id}`,
          manager.accessToken,
        )
        .expect(200);
      expect(JSON.stringify(audit.body)).not.toMatch(/朝阳区|考虑中/);
    });
  });

  describe('work results (§8.2)', () => {
    it("counts a user's records and completed plans per type; others' only for managers", async () => {
      const dave = await t.createUser('coordinator', { displayName: 'Dave' });
      const customer = await createCustomer(t, dave.accessToken);
      await t
        .post('/api/interactions', dave.accessToken, {
          customerId: customer.id,
          typeId: types.care,
          channel: 'wechat',
          content: '生日问候',
        })
        .expect(201);
      const planned = await plan(dave, { customerId: customer.id }).expect(201);
      await t
        .post(`/api/plans/${planned.body.plan.id}/complete`, dave.accessToken, {
          version: planned.body.plan.version,
          channel: 'phone',
          content: '跟进',
          outcome: '已报名',
        })
        .expect(200);

      const own = await t.get('/api/work', dave.accessToken).expect(200);
      expect(own.body.totals).toEqual({ records: 2, completedPlans: 1 });
      const byCode = Object.fromEntries(
        own.body.byType.map((e: { type: { code: string } }) => [e.type.code, e]),
      );
      expect(byCode.care).toMatchObject({ records: 1, completedPlans: 0 });
      expect(byCode.follow_up).toMatchObject({ records: 1, completedPlans: 1 });
      expect(own.body.records.items).toHaveLength(2);

      await t.get(`/api/work?userId=${dave.id}`, alice.accessToken).expect(403);
      const managed = await t.get(`/api/work?userId=${dave.id}`, manager.accessToken).expect(200);
      expect(managed.body.user).toEqual({ id: dave.id, displayName: 'Dave' });
      const empty = await t
        .get(`/api/work?userId=${dave.id}&from=2020-01-01&to=2020-01-31`, manager.accessToken)
        .expect(200);
      expect(empty.body.totals).toEqual({ records: 0, completedPlans: 0 });
      await t.get('/api/work?from=2026-05-01&to=2026-04-01', dave.accessToken).expect(400);
      await t.get('/api/work?from=2026-02-30', dave.accessToken).expect(400);
      await t.get('/api/work?from=2020-01-01&to=2026-01-01', dave.accessToken).expect(400);
    });

    it('shows a new record and a completed plan at once, though the counts are kept a while', async () => {
      const fay = await t.createUser('coordinator');
      const customer = await createCustomer(t, fay.accessToken);
      const totals = async () =>
        (await t.get('/api/work', fay.accessToken).expect(200)).body.totals;
      expect(await totals()).toEqual({ records: 0, completedPlans: 0 });
      await t
        .post('/api/interactions', fay.accessToken, {
          customerId: customer.id,
          typeId: types.care,
          channel: 'wechat',
          content: '问候',
        })
        .expect(201);
      expect(await totals()).toEqual({ records: 1, completedPlans: 0 });
      const planned = await plan(fay, { customerId: customer.id }).expect(201);
      expect(await totals()).toEqual({ records: 1, completedPlans: 0 });
      await t
        .post(`/api/plans/${planned.body.plan.id}/complete`, fay.accessToken, {
          version: planned.body.plan.version,
          channel: 'phone',
          content: '跟进',
          outcome: '已报名',
        })
        .expect(200);
      expect(await totals()).toEqual({ records: 2, completedPlans: 1 });
    });
  });

  describe('the to-do workspace', () => {
    it('shows the first twenty plans of a bucket soonest due first, with how many there are in all', async () => {
      const gus = await t.createUser('coordinator');
      const customer = await createCustomer(t, gus.accessToken);
      // 22 plans over the coming six days, created out of their order; 3 handed to Alice.
      const due = (i: number) =>
        shanghai(
          t,
          1 + (i % 6),
          `${String(8 + ((i * 7) % 11)).padStart(2, '0')}:${String(i).padStart(2, '0')}`,
        );
      const upcoming: { id: number; dueAt: string }[] = [];
      for (let i = 0; i < 22; i += 1) {
        const created = await plan(gus, { customerId: customer.id, dueAt: due(i) }).expect(201);
        upcoming.push(created.body.plan);
      }
      const handed: { id: number; dueAt: string }[] = [];
      for (const i of [40, 10, 25]) {
        const created = await plan(gus, {
          customerId: customer.id,
          assigneeId: alice.id,
          dueAt: shanghai(t, 1 + (i % 5), `09:${i}`),
        }).expect(201);
        handed.push(created.body.plan);
      }
      const soonestFirst = (plans: { id: number; dueAt: string }[]) =>
        [...plans]
          .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.id - b.id)
          .map((p) => p.id);

      const todo = (await t.get('/api/todo', gus.accessToken).expect(200)).body;
      expect(todo.counts).toEqual({ overdue: 0, dueToday: 0, upcoming: 22, delegated: 3 });
      expect(todo.upcoming.map((p: { id: number }) => p.id)).toEqual(
        soonestFirst(upcoming).slice(0, 20),
      );
      expect(todo.delegated.map((p: { id: number }) => p.id)).toEqual(soonestFirst(handed));
      expect(todo.delegated[0]).toMatchObject({
        owner: { id: gus.id },
        assignee: { id: alice.id },
        customer: { id: customer.id },
        status: 'open',
      });
    });
  });

  // The tests below move the clock forward; the ones above must not depend on it.
  describe('the to-do workspace over time', () => {
    it('moves a plan from upcoming to due today to overdue, and /me carries the counts', async () => {
      let erin = await t.createUser('coordinator');
      const customer = await createCustomer(t, erin.accessToken);
      const created = await plan(alice, {
        customerId: customer.id,
        assigneeId: erin.id,
        dueAt: shanghai(t, 2, '10:00'),
      }).expect(201);
      const assigned = (await inbox(erin)).find((n) => n.kind === 'plan.assigned');
      expect(assigned?.data.planId).toBe(created.body.plan.id);

      let todo = await t.get('/api/todo', erin.accessToken).expect(200);
      expect(todo.body.upcoming.map((p: { id: number }) => p.id)).toEqual([created.body.plan.id]);
      expect(todo.body.counts).toEqual({ overdue: 0, dueToday: 0, upcoming: 1, delegated: 0 });

      t.clock.advance(2 * DAY_MS);
      erin = await fresh(erin);
      todo = await t.get('/api/todo', erin.accessToken).expect(200);
      expect(todo.body.dueToday.map((p: { id: number }) => p.id)).toEqual([created.body.plan.id]);
      const me = await t.get('/api/auth/me', erin.accessToken).expect(200);
      expect(me.body.todo).toEqual({ overdue: 0, dueToday: 1, upcoming: 0, delegated: 0 });

      t.clock.advance(DAY_MS);
      erin = await fresh(erin);
      todo = await t.get('/api/todo', erin.accessToken).expect(200);
      expect(todo.body.overdue.map((p: { id: number }) => p.id)).toEqual([created.body.plan.id]);

      // Managers read anyone's to-do; coordinators only their own.
      manager = await fresh(manager);
      alice = await fresh(alice);
      const read = await t.get(`/api/todo?userId=${erin.id}`, manager.accessToken).expect(200);
      expect(read.body.counts.overdue).toBe(1);
      await t.get(`/api/todo?userId=${erin.id}`, alice.accessToken).expect(403);
      const adminMe = await t.get('/api/auth/me', (await t.admin()).accessToken).expect(200);
      expect(adminMe.body.todo).toBeNull();
    });

    it('locks a record after 24 hours for its writer but not for a manager, and audits every edit', async () => {
      alice = await fresh(alice);
      bob = await fresh(bob);
      const customer = await createCustomer(t, alice.accessToken);
      const created = await t
        .post('/api/interactions', alice.accessToken, {
          customerId: customer.id,
          typeId: types.care,
          channel: 'wechat',
          content: '初稿',
        })
        .expect(201);
      const id = created.body.record.id;
      const edited = await t
        .patch(`/api/interactions/${id}`, alice.accessToken, {
          version: created.body.record.version,
          content: '修改后',
        })
        .expect(200);
      await t
        .patch(`/api/interactions/${id}`, bob.accessToken, {
          version: edited.body.version,
          content: 'Bob 改',
        })
        .expect(403);
      await t
        .patch(`/api/interactions/${id}`, alice.accessToken, {
          version: created.body.record.version,
          content: '旧版本',
        })
        .expect(409);

      t.clock.advance(25 * 3600_000);
      alice = await fresh(alice);
      manager = await fresh(manager);
      const locked = await t
        .patch(`/api/interactions/${id}`, alice.accessToken, {
          version: edited.body.version,
          content: '太晚了',
        })
        .expect(403);
      expect(locked.body.message).toMatch(/24 小时内/);
      const byManager = await t
        .patch(`/api/interactions/${id}`, manager.accessToken, {
          version: edited.body.version,
          outcome: '经理补充',
        })
        .expect(200);
      expect(byManager.body).toMatchObject({ content: '修改后', outcome: '经理补充' });

      const audit = await t
        .get(`/api/admin/audit-logs?action=interaction.update&entityId=${id}`, manager.accessToken)
        .expect(200);
      expect(audit.body.items).toHaveLength(2);
      const edits = audit.body.items.map(
        (row: { actorId: number; meta: { textChanged: string[] } }) => [
          row.actorId,
          row.meta.textChanged,
        ],
      );
      expect(edits).toEqual(
        expect.arrayContaining([
          [alice.id, ['content']],
          [manager.id, ['outcome']],
        ]),
      );
      // What was said about the person stays out of the append-only log.
      expect(JSON.stringify(audit.body.items)).not.toMatch(/初稿|修改后|经理补充/);
    });
  });
});
