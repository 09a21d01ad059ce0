import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

describe('gold IMO mark (§1.2 c 金牌 IMO 重点标记)', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  it('is set by a manager with when and who, audited, and filters the list', async () => {
    const marked = await createCustomer(t, coordinator.accessToken, { name: '金牌介绍人' });
    const plain = await createCustomer(t, coordinator.accessToken, { name: '普通介绍人' });
    const set = await t
      .put(`/api/customers/${marked.id}/gold-imo`, manager.accessToken, {
        marked: true,
        version: marked.version,
      })
      .expect(200);
    expect(set.body).toMatchObject({
      id: marked.id,
      goldImo: { markedById: manager.id },
      version: marked.version + 1,
    });
    const shown = await t.get(`/api/customers/${marked.id}`, manager.accessToken).expect(200);
    expect(shown.body.goldImo).toEqual({
      markedAt: set.body.goldImo.markedAt,
      markedById: manager.id,
    });
    expect(
      (await t.get(`/api/customers/${plain.id}`, manager.accessToken).expect(200)).body.goldImo,
    ).toBeNull();

    const ids = async (query: string) =>
      (await t.get(`/api/customers?${query}`, coordinator.accessToken).expect(200)).body.items.map(
        (item: { id: number; goldImo: boolean }) => [item.id, item.goldImo],
      );
    expect(await ids('goldImo=true')).toEqual([[marked.id, true]]);
    expect(await ids('goldImo=false')).toContainEqual([plain.id, false]);
    expect((await ids('goldImo=false')).map(([id]: [number]) => id)).not.toContain(marked.id);

    const audit = await t
      .get(
        `/api/admin/audit-logs?action=customer.goldImo&entityType=Customer&entityId=${marked.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actorId: manager.id,
        before: { goldImoAt: null, goldImoById: null },
        after: expect.objectContaining({ goldImoById: manager.id }),
      }),
    ]);

    const stale = await t
      .put(`/api/customers/${marked.id}/gold-imo`, manager.accessToken, {
        marked: false,
        version: marked.version,
      })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const off = await t
      .put(`/api/customers/${marked.id}/gold-imo`, manager.accessToken, {
        marked: false,
        version: set.body.version,
      })
      .expect(200);
    expect(off.body.goldImo).toBeNull();
    expect(await ids('goldImo=true')).toEqual([]);
  });

  it('is refused to coordinators and to wrong input', async () => {
    const customer = await createCustomer(t, coordinator.accessToken);
    await t
      .put(`/api/customers/${customer.id}/gold-imo`, coordinator.accessToken, {
        marked: true,
        version: customer.version,
      })
      .expect(403);
    for (const body of [
      {},
      { marked: 'yes', version: 1 },
      { marked: true },
      { marked: true, version: 0 },
    ])
      await t.put(`/api/customers/${customer.id}/gold-imo`, manager.accessToken, body).expect(400);
    await t
      .put('/api/customers/999999/gold-imo', manager.accessToken, { marked: true, version: 1 })
      .expect(404);
    await t.get('/api/customers?goldImo=maybe', manager.accessToken).expect(400);
  });
});
