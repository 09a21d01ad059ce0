import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * The to-do keeps its answers a moment (TodoAnswers): whatever this server writes that a
 * to-do shows — a plan added or cancelled, the customer it names renamed — shows at once.
 */
describe('the to-do after a change (§4.1.2)', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    user = await t.createUser('coordinator');
  });

  afterAll(async () => {
    await t.close();
  });

  const todo = async () => (await t.get('/api/todo', user.accessToken).expect(200)).body;

  it('shows a new plan, its customer renamed and its cancellation at once', async () => {
    expect((await todo()).counts).toEqual({ overdue: 0, dueToday: 0, upcoming: 0, delegated: 0 });
    const customer = await createCustomer(t, user.accessToken);
    const types = (await t.get('/api/interaction-types', user.accessToken).expect(200)).body as {
      id: number;
    }[];
    const created = await t
      .post('/api/plans', user.accessToken, {
        customerId: customer.id,
        typeId: types[0].id,
        content: '电话跟进课程意向',
        dueAt: new Date(t.clock.now().getTime() + 3 * 24 * 3600_000).toISOString(),
      })
      .expect(201);
    let seen = await todo();
    expect(seen.upcoming.map((p: { id: number }) => p.id)).toEqual([created.body.plan.id]);
    expect(seen.counts.upcoming).toBe(1);

    await t
      .patch(`/api/customers/${customer.id}`, user.accessToken, {
        version: customer.version,
        name: '改名客户',
      })
      .expect(200);
    seen = await todo();
    expect(seen.upcoming[0].customer.name).toBe('改名客户');

    await t
      .post(`/api/plans/${created.body.plan.id}/cancel`, user.accessToken, {
        version: created.body.plan.version,
        reason: '客户已报名',
      })
      .expect(200);
    seen = await todo();
    expect(seen.upcoming).toEqual([]);
    expect(seen.counts.upcoming).toBe(0);
  });
});
