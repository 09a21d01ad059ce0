import type { Role } from '../../src/access/role';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** A plan as the lists show it: who made it and who does it. */
interface PlanItem {
  id: number;
  owner: { id: number };
  assignee: { id: number };
}

/**
 * Whose plans, records, to-do and work each role sees and changes (§4.1.2, §4.1.3, §8.2),
 * through the one record scope: one's own and what was handed over; everyone's for those
 * who monitor (managers); a customer's plans and records, and so their details, for every
 * reader. Each role gets a customer of its own, so every list below is exact.
 */
describe('record scope: each role × own, handed-over and other people’s records', () => {
  let t: TestApp;
  /** the colleague whose records are "other people's" */
  let other: TestUser;
  let followUp: number;

  const WRITERS: readonly Role[] = ['clerk', 'coordinator', 'manager'];
  const READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];

  function dueTomorrow(): string {
    return new Date(t.clock.now().getTime() + 24 * 3600_000).toISOString();
  }

  async function plan(
    user: TestUser,
    customerId: number,
  ): Promise<{ id: number; version: number }> {
    const created = await t
      .post('/api/plans', user.accessToken, {
        customerId,
        typeId: followUp,
        content: '电话跟进',
        dueAt: dueTomorrow(),
      })
      .expect(201);
    return created.body.plan;
  }

  async function delegate(from: TestUser, created: { id: number; version: number }, to: TestUser) {
    const delegated = await t
      .post(`/api/plans/${created.id}/delegate`, from.accessToken, {
        version: created.version,
        assigneeId: to.id,
      })
      .expect(200);
    return delegated.body as { id: number; version: number };
  }

  async function record(
    user: TestUser,
    customerId: number,
  ): Promise<{ id: number; version: number }> {
    const body = {
      customerId,
      typeId: followUp,
      channel: 'phone',
      content: '打过电话',
      outcome: '下周再联系',
    };
    return (await t.post('/api/interactions', user.accessToken, body).expect(201)).body.record;
  }

  const ids = (items: { id: number }[]) => items.map((item) => item.id).sort((a, b) => a - b);
  const sorted = (...values: number[]) => [...values].sort((a, b) => a - b);
  /** The status, and for a refusal its error code. */
  const answer = (response: { status: number; body: { code?: string } }) =>
    response.status < 400 ? [response.status] : [response.status, response.body.code];

  /** A refusal of the record scope: 403, today's catalogue text and no code. */
  function expectRefused(
    response: { status: number; body: { code?: string; message: string } },
    text: RegExp,
  ) {
    expect(response.status).toBe(403);
    expect(response.body.code).toBeUndefined();
    expect(response.body.message).toMatch(text);
  }

  beforeAll(async () => {
    t = await TestApp.start();
    other = await t.createUser('coordinator', { displayName: '同事' });
    const types = await t.get('/api/interaction-types', other.accessToken).expect(200);
    followUp = types.body.find((type: { code: string }) => type.code === 'follow_up').id;
  });

  afterAll(() => t.close());

  describe.each(READERS)('%s', (role) => {
    const monitors = role === 'manager';
    const writes = WRITERS.includes(role);
    let me: TestUser;
    let customerId: number;
    /** plans: made by me; made by me and handed to the colleague; handed to me; the colleague's */
    const plans = { own: 0, given: 0, handed: 0, others: 0 };
    /** records: written by me; written by me completing a plan handed to me; the colleague's */
    const records = { own: 0, handed: 0, others: 0 };
    let handedVersion = 0;

    beforeAll(async () => {
      me = await t.createUser(role);
      customerId = (await createCustomer(t, other.accessToken)).id;
      plans.others = (await plan(other, customerId)).id;
      records.others = (await record(other, customerId)).id;
      if (!writes) return;
      plans.own = (await plan(me, customerId)).id;
      plans.given = (await delegate(me, await plan(me, customerId), other)).id;
      const handed = await delegate(other, await plan(other, customerId), me);
      [plans.handed, handedVersion] = [handed.id, handed.version];
      records.own = (await record(me, customerId)).id;
      const toComplete = await delegate(other, await plan(other, customerId), me);
      const done = await t
        .post(`/api/plans/${toComplete.id}/complete`, me.accessToken, {
          version: toComplete.version,
          channel: 'phone',
          content: '已联系',
          outcome: '已报名',
        })
        .expect(200);
      records.handed = done.body.record.id;
    });

    it('holds no records when it may not write them', async () => {
      if (writes) return;
      const refused = await t.post('/api/plans', me.accessToken, {
        customerId,
        typeId: followUp,
        content: 'x',
        dueAt: dueTomorrow(),
      });
      expect(answer(refused)).toEqual([403, 'FORBIDDEN']);
      const created = await plan(other, customerId);
      const handOver = await t.post(`/api/plans/${created.id}/delegate`, other.accessToken, {
        version: created.version,
        assigneeId: me.id,
      });
      expect(answer(handOver)).toEqual([400, 'VALIDATION_FAILED']);
      await t
        .post(`/api/plans/${created.id}/cancel`, other.accessToken, {
          version: created.version,
          reason: '不需要了',
        })
        .expect(200);
    });

    it('lists its own and handed-over plans, and everyone’s only when it monitors', async () => {
      const items = (await t.get('/api/plans?pageSize=100', me.accessToken).expect(200)).body
        .items as PlanItem[];
      const listed = ids(items);
      for (const id of writes ? [plans.own, plans.given, plans.handed] : [])
        expect(listed).toContain(id);
      expect(listed.includes(plans.others)).toBe(monitors);
      if (!monitors)
        expect(items.every((item) => item.owner.id === me.id || item.assignee.id === me.id)).toBe(
          true,
        );

      const asAssignee = await t
        .get(`/api/plans?assigneeId=${me.id}&customerId=${customerId}&status=open`, me.accessToken)
        .expect(200);
      expect(ids(asAssignee.body.items)).toEqual(writes ? sorted(plans.own, plans.handed) : []);
    });

    it('lists a customer’s plans from everyone, whoever asks', async () => {
      const all = await t
        .get(`/api/plans?customerId=${customerId}&status=open&pageSize=100`, me.accessToken)
        .expect(200);
      expect(ids(all.body.items)).toEqual(
        writes ? sorted(plans.own, plans.given, plans.handed, plans.others) : [plans.others],
      );
      const theirs = await t
        .get(`/api/plans?customerId=${customerId}&ownerId=${other.id}&status=open`, me.accessToken)
        .expect(200);
      expect(ids(theirs.body.items)).toEqual(
        writes ? sorted(plans.handed, plans.others) : [plans.others],
      );
    });

    it('refuses another user’s plans without a customer unless it monitors', async () => {
      for (const filter of [
        `assigneeId=${other.id}`,
        `ownerId=${other.id}`,
        `assigneeId=${me.id}&ownerId=${other.id}`,
      ]) {
        const response = await t.get(`/api/plans?${filter}&pageSize=100`, me.accessToken);
        if (!monitors) {
          expectRefused(response, /只有管理人员可以查看别人的交往筹划/);
          continue;
        }
        expect(response.status).toBe(200);
      }
      if (!monitors) return;
      const assigned = await t
        .get(`/api/plans?assigneeId=${other.id}&pageSize=100`, me.accessToken)
        .expect(200);
      expect(ids(assigned.body.items)).toEqual(expect.arrayContaining([plans.given, plans.others]));
    });

    it('opens the detail of every plan of the customer, as its list shows them', async () => {
      for (const id of Object.values(plans).filter(Boolean)) {
        const detail = await t.get(`/api/plans/${id}`, me.accessToken).expect(200);
        expect(detail.body.id).toBe(id);
      }
      const missing = await t.get('/api/plans/99999999', me.accessToken).expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
    });

    it('changes only the plans it is on, unless it monitors', async () => {
      const others = (await t.get(`/api/plans/${plans.others}`, other.accessToken).expect(200))
        .body;
      const change = await t.patch(`/api/plans/${plans.others}`, me.accessToken, {
        version: others.version,
        content: '改别人的',
      });
      const expected = !writes ? [403, 'FORBIDDEN'] : monitors ? [200] : [403, 'NOT_YOUR_PLAN'];
      expect(answer(change)).toEqual(expected);
      if (!writes) return;
      await t
        .patch(`/api/plans/${plans.handed}`, me.accessToken, {
          version: handedVersion,
          content: '帮忙跟进',
        })
        .expect(200);
    });

    it('lists its own records, and everyone’s only when it monitors', async () => {
      const listed = ids(
        (await t.get('/api/interactions?pageSize=100', me.accessToken).expect(200)).body.items,
      );
      if (writes) expect(listed).toEqual(expect.arrayContaining([records.own, records.handed]));
      expect(listed.includes(records.others)).toBe(monitors);

      const response = await t.get(`/api/interactions?staffId=${other.id}`, me.accessToken);
      if (monitors) expect(ids(response.body.items)).toContain(records.others);
      else expectRefused(response, /只有管理人员可以查看别人的交往记录/);
      await t.get(`/api/interactions?staffId=${me.id}`, me.accessToken).expect(200);
    });

    it('lists and opens a customer’s records from everyone, whoever asks', async () => {
      const all = await t
        .get(`/api/interactions?customerId=${customerId}&pageSize=100`, me.accessToken)
        .expect(200);
      expect(ids(all.body.items)).toEqual(
        writes ? sorted(records.own, records.handed, records.others) : [records.others],
      );
      const theirs = await t
        .get(`/api/interactions?customerId=${customerId}&staffId=${other.id}`, me.accessToken)
        .expect(200);
      expect(ids(theirs.body.items)).toEqual([records.others]);
      for (const id of Object.values(records).filter(Boolean)) {
        expect((await t.get(`/api/interactions/${id}`, me.accessToken).expect(200)).body.id).toBe(
          id,
        );
      }
    });

    it('changes only its own records, unless it may change anyone’s', async () => {
      const others = (
        await t.get(`/api/interactions/${records.others}`, other.accessToken).expect(200)
      ).body;
      const change = await t.patch(`/api/interactions/${records.others}`, me.accessToken, {
        version: others.version,
        content: '改别人的',
      });
      const expected = !writes ? [403, 'FORBIDDEN'] : monitors ? [200] : [403, 'NOT_YOUR_RECORD'];
      expect(answer(change)).toEqual(expected);
    });

    it('shows its own to-do with what was handed over, and another’s only when it monitors', async () => {
      const own = await t.get('/api/todo', me.accessToken).expect(200);
      expect(own.body.user.id).toBe(me.id);
      expect(ids(own.body.upcoming)).toEqual(writes ? sorted(plans.own, plans.handed) : []);
      expect(ids(own.body.delegated)).toEqual(writes ? [plans.given] : []);
      await t.get(`/api/todo?userId=${me.id}`, me.accessToken).expect(200);

      const response = await t.get(`/api/todo?userId=${other.id}`, me.accessToken);
      if (!monitors) return expectRefused(response, /只有管理人员可以查看别人的待办/);
      expect(response.body.user.id).toBe(other.id);
      expect(ids(response.body.upcoming)).toContain(plans.others);
      expect((await t.get('/api/todo?userId=99999999', me.accessToken).expect(404)).body.code).toBe(
        'NOT_FOUND',
      );
    });

    it('shows its own work results, and another’s only when it monitors', async () => {
      const own = await t.get('/api/work?pageSize=100', me.accessToken).expect(200);
      expect(own.body.user.id).toBe(me.id);
      expect(ids(own.body.records.items)).toEqual(
        writes ? sorted(records.own, records.handed) : [],
      );
      await t.get(`/api/work?userId=${me.id}`, me.accessToken).expect(200);

      const response = await t.get(`/api/work?userId=${other.id}&pageSize=100`, me.accessToken);
      if (!monitors) return expectRefused(response, /只有管理人员可以查看别人的工作情况/);
      expect(ids(response.body.records.items)).toContain(records.others);
      expect((await t.get('/api/work?userId=99999999', me.accessToken).expect(404)).body.code).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('admin', () => {
    it('sees no plans, records, to-do or work at all (no customer data)', async () => {
      const admin = await t.admin();
      const customerId = (await createCustomer(t, other.accessToken)).id;
      const planId = (await plan(other, customerId)).id;
      const recordId = (await record(other, customerId)).id;
      const paths = [
        '/api/plans',
        `/api/plans?customerId=${customerId}`,
        `/api/plans?assigneeId=${other.id}`,
        `/api/plans/${planId}`,
        '/api/interactions',
        `/api/interactions?customerId=${customerId}`,
        `/api/interactions?staffId=${other.id}`,
        `/api/interactions/${recordId}`,
        '/api/todo',
        `/api/todo?userId=${other.id}`,
        '/api/work',
        `/api/work?userId=${other.id}`,
      ];
      for (const path of paths) {
        const response = await t.get(path, admin.accessToken);
        expect([path, response.status, response.body.code]).toEqual([path, 403, 'FORBIDDEN']);
      }
    });
  });

  it('keeps the helper’s record out of the owner’s own list, and in the customer’s', async () => {
    const owner = await t.createUser('coordinator');
    const customerId = (await createCustomer(t, owner.accessToken)).id;
    const handed = await delegate(owner, await plan(owner, customerId), other);
    const done = await t
      .post(`/api/plans/${handed.id}/complete`, other.accessToken, {
        version: handed.version,
        channel: 'phone',
        content: '已联系',
        outcome: '已报名',
      })
      .expect(200);
    // The plan stays the owner's (it came back with its result); the record is the helper's work.
    expect(
      ids((await t.get('/api/plans?status=done', owner.accessToken).expect(200)).body.items),
    ).toEqual([handed.id]);
    expect(
      ids((await t.get('/api/interactions', owner.accessToken).expect(200)).body.items),
    ).toEqual([]);
    const byCustomer = await t
      .get(`/api/interactions?customerId=${customerId}`, owner.accessToken)
      .expect(200);
    expect(ids(byCustomer.body.items)).toEqual([done.body.record.id]);
    await t.get(`/api/interactions/${done.body.record.id}`, owner.accessToken).expect(200);
  });
});
