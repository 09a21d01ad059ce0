import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** The colleagues a plan may be handed to (§4.1.3), for the console's picker. */
describe('plan assignees: GET /api/plans/assignees', () => {
  let t: TestApp;
  let admin: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let finance: TestUser;
  let clerk: TestUser;
  let deniedCoordinator: TestUser;
  let disabledCoordinator: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    alice = await t.createUser('coordinator', { displayName: '统筹甲乙丙' });
    bob = await t.createUser('coordinator', { displayName: '统筹甲乙丁' });
    finance = await t.createUser('finance', { displayName: '统筹甲乙财务' });
    clerk = await t.createUser('clerk', { displayName: '文员甲乙' });
    deniedCoordinator = await t.createUser('coordinator', { displayName: '统筹甲乙不做' });
    disabledCoordinator = await t.createUser('coordinator', { displayName: '统筹甲乙停用' });
    const denied = await t.get(`/api/admin/users/${deniedCoordinator.id}`, admin.accessToken);
    await t
      .put(`/api/admin/users/${deniedCoordinator.id}/permissions`, admin.accessToken, {
        grants: [],
        denials: ['Interaction:create'],
        version: denied.body.version,
      })
      .expect(200);
    await t
      .post(`/api/admin/users/${disabledCoordinator.id}/disable`, admin.accessToken, {})
      .expect(200);
  });

  afterAll(() => t.close());

  it('finds active colleagues who may do contacts by part of their name, names only', async () => {
    const found = await t.get('/api/plans/assignees?q=甲乙', bob.accessToken).expect(200);
    const ids = (found.body as { id: number }[]).map((member) => member.id).sort((a, b) => a - b);
    expect(ids).toEqual([alice.id, bob.id, clerk.id].sort((a, b) => a - b));
    expect(found.body).toContainEqual({ id: alice.id, displayName: '统筹甲乙丙' });
    for (const member of found.body)
      expect(Object.keys(member).sort()).toEqual(['displayName', 'id']);
    expect(found.body.map((member: { id: number }) => member.id)).not.toContain(finance.id);
  });

  it('finds one colleague by a narrower name, and offers at most twenty', async () => {
    const one = await t.get('/api/plans/assignees?q=甲乙丁', alice.accessToken).expect(200);
    expect(one.body).toEqual([{ id: bob.id, displayName: '统筹甲乙丁' }]);
    const all = await t.get('/api/plans/assignees', alice.accessToken).expect(200);
    expect(all.body.length).toBeGreaterThan(0);
    expect(all.body.length).toBeLessThanOrEqual(20);
  });

  it('is for those who plan: finance and the admin are refused', async () => {
    await t.get('/api/plans/assignees?q=甲', finance.accessToken).expect(403);
    await t.get('/api/plans/assignees?q=甲', admin.accessToken).expect(403);
  });

  it('a colleague it offers can be handed a plan', async () => {
    const customer = await createCustomer(t, alice.accessToken, { name: '接手测试' });
    const types = await t.get('/api/interaction-types', alice.accessToken).expect(200);
    const followUp = types.body.find((type: { code: string }) => type.code === 'follow_up');
    const created = await t
      .post('/api/plans', alice.accessToken, {
        customerId: customer.id,
        typeId: followUp.id,
        content: '电话回访',
        dueAt: new Date(t.clock.now().getTime() + 24 * 3600_000).toISOString(),
      })
      .expect(201);
    const [helper] = (await t.get('/api/plans/assignees?q=甲乙丁', alice.accessToken).expect(200))
      .body as { id: number }[];
    const delegated = await t
      .post(`/api/plans/${created.body.plan.id}/delegate`, alice.accessToken, {
        version: created.body.plan.version,
        assigneeId: helper.id,
        note: '请帮忙打这个电话',
      })
      .expect(200);
    expect(delegated.body.assignee).toEqual({ id: bob.id, displayName: '统筹甲乙丁' });
  });
});
