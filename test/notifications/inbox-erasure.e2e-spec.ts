import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * Issue 9, item 6: an inbox keeps no copy of a customer's personal text. Notifications point
 * at the plan and are written when read, so erasing the customer leaves nothing behind.
 */
describe('inbox notifications after a customer is erased', () => {
  let t: TestApp;
  let manager: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let followUp: number;

  async function inboxText(user: TestUser): Promise<{ kinds: string[]; text: string }> {
    const login = await t.signIn(user.username, user.password).expect(200);
    const inbox = await t
      .get('/api/notifications?pageSize=200', login.body.accessToken)
      .expect(200);
    return {
      kinds: inbox.body.items.map((n: { kind: string }) => n.kind).sort(),
      text: JSON.stringify(inbox.body),
    };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.createUser('manager');
    alice = await t.createUser('coordinator', { displayName: '统筹 Alice' });
    bob = await t.createUser('coordinator', { displayName: '统筹 Bob' });
    const types = await t.get('/api/interaction-types', alice.accessToken).expect(200);
    followUp = types.body.find((type: { code: string }) => type.code === 'follow_up').id;
  });
  afterAll(() => t.close());

  it('shows none of the name, phone or notes of the erased customer, in any kind of plan notification', async () => {
    const mobile = uniqueMobile();
    const customer = await createCustomer(t, alice.accessToken, { name: '欧阳明珠', mobile });
    const soon = new Date(t.clock.now().getTime() + 20 * 60_000).toISOString();
    const tomorrow = new Date(t.clock.now().getTime() + 24 * 3600_000).toISOString();

    // Assigned to Bob (plan.assigned), then reminded (plan.reminder).
    await t
      .post('/api/plans', alice.accessToken, {
        customerId: customer.id,
        typeId: followUp,
        content: `欧阳明珠说周六带孩子来试听，回电 ${mobile}`,
        dueAt: soon,
        assigneeId: bob.id,
      })
      .expect(201);
    const admin = await t.admin();
    await t.post('/api/admin/jobs/plan-reminders/run', admin.accessToken).expect(200);
    // Delegated to Bob with a note (plan.delegated), done by Bob (plan.delegated-result to Alice).
    const own = await t
      .post('/api/plans', alice.accessToken, {
        customerId: customer.id,
        typeId: followUp,
        content: '确认试听时间',
        dueAt: tomorrow,
      })
      .expect(201);
    const delegated = await t
      .post(`/api/plans/${own.body.plan.id}/delegate`, alice.accessToken, {
        version: own.body.plan.version,
        assigneeId: bob.id,
        note: '欧阳明珠很在意价格',
      })
      .expect(200);
    await t
      .post(`/api/plans/${own.body.plan.id}/complete`, bob.accessToken, {
        version: delegated.body.version,
        channel: 'phone',
        content: '已电话沟通',
        outcome: '欧阳明珠已报名周末班',
      })
      .expect(200);

    // Before erasure the texts are written from the plan: the reader sees the customer.
    const bobBefore = await inboxText(bob);
    expect(bobBefore.kinds).toEqual(['plan.assigned', 'plan.delegated', 'plan.reminder']);
    expect(bobBefore.text).toContain('欧阳明珠');
    expect(bobBefore.text).toContain('很在意价格');
    const aliceBefore = await inboxText(alice);
    expect(aliceBefore.kinds).toEqual(['plan.delegated-result']);
    expect(aliceBefore.text).toContain('已报名周末班');

    await t
      .post(`/api/customers/${customer.id}/erase`, manager.accessToken, {
        reason: '本人书面要求删除',
      })
      .expect(200);

    for (const user of [bob, alice]) {
      const after = await inboxText(user);
      expect(after.kinds).toEqual(user === bob ? bobBefore.kinds : aliceBefore.kinds);
      for (const personal of [
        '欧阳',
        '明珠',
        mobile,
        mobile.slice(-4),
        '带孩子',
        '在意价格',
        '周末班',
      ]) {
        expect(after.text).not.toContain(personal);
      }
      // Still useful: the plan's customer code and what the notification is about remain.
      expect(after.text).toContain(customer.code);
    }
  });
});
