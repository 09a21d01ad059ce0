import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

describe('guarding the customer file', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let clerk: TestUser;

  async function setQuota(user: TestUser, quota: number) {
    const loaded = await t.get(`/api/admin/users/${user.id}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/admin/users/${user.id}`, admin.accessToken, {
        dailyViewQuota: quota,
        version: loaded.body.version,
      })
      .expect(200);
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager');
    clerk = await t.createUser('clerk');
  });
  afterAll(() => t.close());

  describe('daily view quota', () => {
    it('lets a user read exactly the limit, freezes the account at limit + 1 and alerts clerks and managers', async () => {
      const reader = await t.createUser('coordinator');
      const customer = await createCustomer(t, manager.accessToken);
      await setQuota(reader, 5);
      const login = await t.signIn(reader.username, reader.password).expect(200);
      const token = login.body.accessToken;
      // Three detail views and two list pages: five records.
      for (let i = 0; i < 3; i += 1)
        await t.get(`/api/customers/${customer.id}`, token).expect(200);
      await t.get('/api/customers', token).expect(200);
      await t.get('/api/customers?page=2', token).expect(200);

      const refused = await t.get(`/api/customers/${customer.id}`, token).expect(403);
      expect(refused.body.code).toBe('VIEW_QUOTA_EXCEEDED');
      await t.get('/api/auth/me', token).expect(401);
      const account = await t.get(`/api/admin/users/${reader.id}`, admin.accessToken).expect(200);
      expect(account.body).toMatchObject({ status: 'frozen' });
      expect(account.body.frozenReason).toContain('超过每日查看上限');

      for (const recipient of [manager, clerk]) {
        const inbox = await t.get('/api/notifications', recipient.accessToken).expect(200);
        expect(
          inbox.body.items.some(
            (n: { kind: string; data: { userId: number } }) =>
              n.kind === 'account.frozen.quota' && n.data.userId === reader.id,
          ),
        ).toBe(true);
      }
      const audit = await t
        .get(
          `/api/admin/audit-logs?action=customer.quotaExceeded&entityId=${reader.id}`,
          manager.accessToken,
        )
        .expect(200);
      expect(audit.body.total).toBe(1);

      // A clerk unfreezes; the user works on with a fresh allowance (view-quota.e2e-spec.ts).
      await t.post(`/api/admin/users/${reader.id}/unfreeze`, clerk.accessToken).expect(200);
      const again = await t.signIn(reader.username, reader.password).expect(200);
      await t.get(`/api/customers/${customer.id}`, again.body.accessToken).expect(200);
    });

    it('never lets 50 parallel reads past the limit', async () => {
      const reader = await t.createUser('clerk');
      const customer = await createCustomer(t, manager.accessToken);
      await setQuota(reader, 20);
      const login = await t.signIn(reader.username, reader.password).expect(200);
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          t.get(`/api/customers/${customer.id}`, login.body.accessToken),
        ),
      );
      const ok = responses.filter((r) => r.status === 200).length;
      expect(ok).toBe(20);
      expect(responses.every((r) => r.status === 200 || r.status === 403 || r.status === 401)).toBe(
        true,
      );
      const views = await t
        .get(
          `/api/admin/audit-logs?action=customer.view&userId=${reader.id}&pageSize=100`,
          manager.accessToken,
        )
        .expect(200);
      expect(views.body.total).toBe(20);
    });
  });

  describe('manager-only actions', () => {
    it('refuses export-like, delete, restore, transfer and erase to coordinators and clerks', async () => {
      const coordinator = await t.createUser('coordinator');
      const customer = await createCustomer(t, coordinator.accessToken);
      for (const user of [coordinator, clerk]) {
        await t
          .http()
          .delete(`/api/customers/${customer.id}`)
          .set('Authorization', `Bearer ${user.accessToken}`)
          .expect(403);
        await t.post(`/api/customers/${customer.id}/restore`, user.accessToken).expect(403);
        await t
          .post(`/api/customers/${customer.id}/erase`, user.accessToken, {
            reason: 'asked by phone',
          })
          .expect(403);
        await t
          .post('/api/customers/transfer', user.accessToken, {
            fromOwnerId: coordinator.id,
            toOwnerId: clerk.id,
          })
          .expect(403);
      }
    });

    it('soft-deletes and restores, hiding the deleted from everyone else', async () => {
      const coordinator = await t.createUser('coordinator');
      const customer = await createCustomer(t, coordinator.accessToken, { name: '待删除' });
      await t
        .http()
        .delete(`/api/customers/${customer.id}`)
        .set('Authorization', `Bearer ${manager.accessToken}`)
        .expect(204);
      await t.get(`/api/customers/${customer.id}`, coordinator.accessToken).expect(404);
      // Those who may restore still open it, to see what they restore.
      await t.get(`/api/customers/${customer.id}`, manager.accessToken).expect(200);
      const deleted = await t.get('/api/customers?deleted=true', manager.accessToken).expect(200);
      expect(deleted.body.items.map((c: { id: number }) => c.id)).toContain(customer.id);
      await t.get('/api/customers?deleted=true', coordinator.accessToken).expect(403);
      await t.post(`/api/customers/${customer.id}/restore`, manager.accessToken).expect(200);
      await t.get(`/api/customers/${customer.id}`, coordinator.accessToken).expect(200);
      await t.post(`/api/customers/${customer.id}/restore`, manager.accessToken).expect(409);
    });

    it('moves all, or the chosen, customers of a leaving coordinator to another, with history', async () => {
      const leaving = await t.createUser('coordinator');
      const staying = await t.createUser('coordinator');
      const mine = [];
      for (let i = 0; i < 4; i += 1)
        mine.push(await createCustomer(t, leaving.accessToken, { name: `转移${i}` }));
      const some = await t
        .post('/api/customers/transfer', manager.accessToken, {
          fromOwnerId: leaving.id,
          toOwnerId: staying.id,
          customerIds: [mine[0].id],
        })
        .expect(200);
      expect(some.body.moved).toBe(1);
      const rest = await t
        .post('/api/customers/transfer', manager.accessToken, {
          fromOwnerId: leaving.id,
          toOwnerId: staying.id,
          note: '离职',
        })
        .expect(200);
      expect(rest.body.moved).toBe(3);
      const list = await t
        .get(`/api/customers?ownerId=${staying.id}`, manager.accessToken)
        .expect(200);
      expect(list.body.total).toBe(4);
      const overview = await t
        .get(`/api/customers/${mine[1].id}/overview`, manager.accessToken)
        .expect(200);
      expect(overview.body.statusHistory[0]).toMatchObject({
        field: 'ownerId',
        fromValue: String(leaving.id),
        toValue: String(staying.id),
        changedById: manager.id,
      });
      const notTheirs = await t
        .post('/api/customers/transfer', manager.accessToken, {
          fromOwnerId: leaving.id,
          toOwnerId: staying.id,
          customerIds: [mine[0].id],
        })
        .expect(422);
      expect(notTheirs.body.details[0].field).toBe('customerIds');
      await t
        .post('/api/customers/transfer', manager.accessToken, {
          fromOwnerId: leaving.id,
          toOwnerId: leaving.id,
        })
        .expect(400);
      const audit = await t
        .get(
          `/api/admin/audit-logs?action=customer.transfer&entityId=${leaving.id}`,
          manager.accessToken,
        )
        .expect(200);
      expect(audit.body.total).toBe(2);
    });
  });

  describe('erasure on request', () => {
    it('leaves no personal field readable, keeps the links and records the request', async () => {
      const coordinator = await t.createUser('coordinator');
      const introducer = await createCustomer(t, coordinator.accessToken, { name: '介绍人' });
      const customer = await createCustomer(t, coordinator.accessToken, {
        name: '隐私人',
        mobile: '13511112222',
        otherPhones: ['02112345678'],
        wechat: 'privacy_wx',
        email: 'privacy@example.com',
        birthday: '1990-01-02',
        company: '某公司',
        notes: '喜欢早上联系',
        introducerId: introducer.id,
        care: { anniversaries: [{ name: '生日', date: '01-02' }], familyNotes: '有两个孩子' },
      });
      const loaded = await t
        .get(`/api/customers/${customer.id}`, coordinator.accessToken)
        .expect(200);
      await t
        .patch(`/api/customers/${customer.id}`, coordinator.accessToken, {
          notes: '新的备注',
          version: loaded.body.version,
        })
        .expect(200);

      const erased = await t
        .post(`/api/customers/${customer.id}/erase`, manager.accessToken, {
          reason: '客户来电要求删除个人信息',
        })
        .expect(200);
      expect(erased.body).toMatchObject({ id: customer.id, code: customer.code });
      await t
        .post(`/api/customers/${customer.id}/erase`, manager.accessToken, {
          reason: '客户再次要求删除',
        })
        .expect(409);

      const after = await t.get(`/api/customers/${customer.id}`, manager.accessToken).expect(200);
      expect(after.body).toMatchObject({
        code: customer.code,
        erased: true,
        introducer: { id: introducer.id },
      });
      const personal = [
        '13511112222',
        '1111',
        '02112345678',
        'privacy_wx',
        'privacy@example.com',
        '1990-01-02',
        '某公司',
        '喜欢早上联系',
        '新的备注',
        '有两个孩子',
        '隐私人',
      ];
      const everything = [
        JSON.stringify(after.body),
        JSON.stringify(
          (await t.get(`/api/customers/${customer.id}/overview`, manager.accessToken).expect(200))
            .body,
        ),
        JSON.stringify(
          (await t.post(`/api/customers/${customer.id}/reveal-phone`, manager.accessToken)).body,
        ),
        JSON.stringify(
          (
            await t
              .get(
                `/api/admin/audit-logs?entityType=Customer&entityId=${customer.id}&pageSize=200`,
                manager.accessToken,
              )
              .expect(200)
          ).body,
        ),
        JSON.stringify(
          (
            await t
              .get('/api/admin/audit-logs?action=customer.&pageSize=200', manager.accessToken)
              .expect(200)
          ).body,
        ),
      ].join('\n');
      for (const value of personal) expect(everything).not.toContain(value);
      for (const q of ['隐私人', '13511112222', '2222', 'yinsiren']) {
        const found = await t
          .get(`/api/customers?q=${encodeURIComponent(q)}`, manager.accessToken)
          .expect(200);
        expect(found.body.items.map((c: { id: number }) => c.id)).not.toContain(customer.id);
      }
      const referrals = await t
        .get(`/api/customers/${introducer.id}/referrals`, manager.accessToken)
        .expect(200);
      expect(referrals.body.total).toBe(1);
      const record = await t
        .get(
          `/api/admin/audit-logs?action=customer.erase&entityId=${customer.id}`,
          manager.accessToken,
        )
        .expect(200);
      expect(record.body.items[0]).toMatchObject({
        actorId: manager.id,
        meta: { reason: '客户来电要求删除个人信息' },
      });
      const locked = await t
        .patch(`/api/customers/${customer.id}`, manager.accessToken, {
          name: '复活',
          version: after.body.version,
        })
        .expect(409);
      expect(locked.body.code).toBe('ERASED');
    });
  });
  // Last: it moves the clock a day on, past every token signed in above.
  describe('the next day', () => {
    it('starts again on the next business day', async () => {
      const reader = await t.createUser('finance');
      const customer = await createCustomer(t, manager.accessToken);
      await setQuota(reader, 1);
      const login = await t.signIn(reader.username, reader.password).expect(200);
      await t.get(`/api/customers/${customer.id}`, login.body.accessToken).expect(200);
      t.clock.advance(24 * 3600_000);
      const next = await t.signIn(reader.username, reader.password).expect(200);
      await t.get(`/api/customers/${customer.id}`, next.body.accessToken).expect(200);
    });
  });
});
