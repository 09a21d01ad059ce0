import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** Issue 9.4: who follows a customer up changes only by the transfer permission, whatever the route. */
describe('customer ownership', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let colleague: TestUser;
  let clerk: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.createUser('coordinator');
    colleague = await t.createUser('coordinator');
    clerk = await t.createUser('clerk');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  const ownerOf = async (id: number) =>
    (await t.get(`/api/customers/${id}`, manager.accessToken).expect(200)).body.owner.id as number;

  const transfers = async () => {
    const response = await t
      .get('/api/admin/audit-logs?action=customer.transfer&pageSize=200', manager.accessToken)
      .expect(200);
    return response.body.items as {
      actorId: number;
      entityId: string | null;
      before: unknown;
      after: unknown;
      meta: Record<string, unknown>;
    }[];
  };

  describe('changing the owner of an existing customer', () => {
    it("refuses a coordinator who takes a colleague's customer, and leaves the owner as it was", async () => {
      const customer = await createCustomer(t, colleague.accessToken, { name: '别人的客户' });
      const response = await t
        .patch(`/api/customers/${customer.id}`, coordinator.accessToken, {
          ownerId: coordinator.id,
          version: customer.version,
        })
        .expect(403);
      expect(response.body.code).toBe('OWNER_CHANGE_FORBIDDEN');
      expect(await ownerOf(customer.id)).toBe(colleague.id);
      // Nothing else of the request was applied either.
      const same = await t.get(`/api/customers/${customer.id}`, manager.accessToken).expect(200);
      expect(same.body.version).toBe(customer.version);
    });

    it('refuses to give away one’s own customer, or to move it with other changes, without the transfer permission', async () => {
      const customer = await createCustomer(t, coordinator.accessToken, { level: 'B' });
      for (const user of [coordinator, clerk]) {
        const response = await t
          .patch(`/api/customers/${customer.id}`, user.accessToken, {
            ownerId: colleague.id,
            level: 'A',
            version: customer.version,
          })
          .expect(403);
        expect(response.body.code).toBe('OWNER_CHANGE_FORBIDDEN');
      }
      const after = await t.get(`/api/customers/${customer.id}`, manager.accessToken).expect(200);
      expect(after.body).toMatchObject({
        owner: { id: coordinator.id },
        level: 'B',
        version: customer.version,
      });
    });

    it('lets a coordinator send the owner unchanged with an edit', async () => {
      const customer = await createCustomer(t, coordinator.accessToken, { level: 'B' });
      const response = await t
        .patch(`/api/customers/${customer.id}`, coordinator.accessToken, {
          ownerId: coordinator.id,
          level: 'A',
          version: customer.version,
        })
        .expect(200);
      expect(response.body).toMatchObject({ owner: { id: coordinator.id }, level: 'A' });
    });

    it('lets a manager move a customer, with the history and an audit row like a transfer', async () => {
      const customer = await createCustomer(t, colleague.accessToken);
      await t
        .patch(`/api/customers/${customer.id}`, manager.accessToken, {
          ownerId: coordinator.id,
          version: customer.version,
        })
        .expect(200);
      expect(await ownerOf(customer.id)).toBe(coordinator.id);
      const overview = await t
        .get(`/api/customers/${customer.id}/overview`, manager.accessToken)
        .expect(200);
      expect(overview.body.statusHistory).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'ownerId',
            fromValue: String(colleague.id),
            toValue: String(coordinator.id),
            changedById: manager.id,
          }),
        ]),
      );
      const moved = (await transfers()).filter((row) =>
        (row.meta.customerIds as number[]).includes(customer.id),
      );
      expect(moved).toEqual([
        expect.objectContaining({
          actorId: manager.id,
          entityId: String(colleague.id),
          before: { ownerId: colleague.id },
          after: { ownerId: coordinator.id },
          meta: expect.objectContaining({ moved: 1, via: 'update' }),
        }),
      ]);
    });
  });

  describe('choosing the owner of a new customer', () => {
    it('lets anyone who may create customers follow them up themselves', async () => {
      const own = await t
        .post('/api/customers', coordinator.accessToken, {
          name: '自己的',
          mobile: uniqueMobile(),
          ownerId: coordinator.id,
        })
        .expect(201);
      expect(own.body.owner.id).toBe(coordinator.id);
      const implicit = await createCustomer(t, clerk.accessToken);
      expect(implicit.owner).toMatchObject({ id: clerk.id });
    });

    it('refuses coordinators and clerks who create a customer for someone else, and stores nothing', async () => {
      for (const user of [coordinator, clerk]) {
        const mobile = uniqueMobile();
        const response = await t
          .post('/api/customers', user.accessToken, {
            name: '替别人建',
            mobile,
            ownerId: colleague.id,
          })
          .expect(403);
        expect(response.body.code).toBe('OWNER_CHANGE_FORBIDDEN');
        const search = await t.get(`/api/customers?q=${mobile}`, manager.accessToken).expect(200);
        expect(search.body.total).toBe(0);
      }
    });

    it('lets a manager create a customer for a coordinator, audited like a transfer', async () => {
      const created = await createCustomer(t, manager.accessToken, { ownerId: coordinator.id });
      expect(created.owner).toMatchObject({ id: coordinator.id });
      const assigned = (await transfers()).filter((row) =>
        (row.meta.customerIds as number[]).includes(created.id),
      );
      expect(assigned).toEqual([
        expect.objectContaining({
          actorId: manager.id,
          before: { ownerId: null },
          after: { ownerId: coordinator.id },
          meta: expect.objectContaining({ via: 'create' }),
        }),
      ]);
    });
  });
});
