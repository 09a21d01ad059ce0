import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

describe('customer base', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('gives a C+date+sequence code, normalises the mobile and shows it masked', async () => {
      const response = await t
        .post('/api/customers', coordinator.accessToken, {
          name: '  张建国 ',
          mobile: '+86 138-0013-8000',
          gender: 'male',
          birthday: '1980-06-15',
          industry: 'education',
          statusTag: 'new',
          level: 'A',
          provinceCode: '44',
          cityCode: '4401',
          care: {
            anniversaries: [{ name: '结婚纪念日', date: '05-20' }],
            excludedHolidays: ['mothers_day'],
            smsOptOut: false,
          },
        })
        .expect(201);
      expect(response.body.code).toMatch(/^C\d{8}\d{3,}$/);
      expect(response.body).toMatchObject({
        name: '张建国',
        mobile: '138****8000',
        category: 'prospect',
        owner: { id: coordinator.id },
        care: { excludedHolidays: ['mothers_day'] },
      });
      expect(response.body.age).toBeGreaterThanOrEqual(45);
      expect(response.body.birthday).toBe('1980-06-15');
    });

    it('refuses a second customer with the same mobile, naming the existing code', async () => {
      const first = await createCustomer(t, coordinator.accessToken, { mobile: '13900001111' });
      const second = await t
        .post('/api/customers', coordinator.accessToken, { name: '李四', mobile: '139 0000 1111' })
        .expect(409);
      expect(second.body).toMatchObject({ code: 'DUPLICATE_MOBILE' });
      expect(second.body.message).toContain(first.code);
    });

    it('refuses bad phones, unknown codes, wrong regions, and says which field', async () => {
      const response = await t
        .post('/api/customers', coordinator.accessToken, {
          name: '王五',
          mobile: '12345',
          industry: 'astrology',
          provinceCode: '44',
          cityCode: '1101',
          birthday: '2999-01-01',
        })
        .expect(400);
      const fields = response.body.details.map((d: { field: string }) => d.field).sort();
      expect(fields).toEqual(['birthday', 'cityCode', 'industry', 'mobile']);
      await t
        .post('/api/customers', coordinator.accessToken, { mobile: uniqueMobile() })
        .expect(400);
      await t
        .post('/api/customers', coordinator.accessToken, {
          name: 'x',
          mobile: uniqueMobile(),
          ssn: '1',
        })
        .expect(400);
      await t
        .post('/api/customers', coordinator.accessToken, {
          name: 'x'.repeat(51),
          mobile: uniqueMobile(),
        })
        .expect(400);
    });

    it('never hands out one code twice, even to 30 parallel creations', async () => {
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          t.post('/api/customers', coordinator.accessToken, {
            name: `并发${i}`,
            mobile: uniqueMobile(),
          }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(30).fill(201));
      const codes = responses.map((r) => r.body.code as string);
      expect(new Set(codes).size).toBe(30);
    });
  });

  describe('searching', () => {
    let target: { id: number; code: string };

    beforeAll(async () => {
      target = await createCustomer(t, coordinator.accessToken, {
        name: '欧阳建华',
        mobile: '13712349876',
        birthday: '1988-03-15',
        level: 'A',
        cityCode: '4401',
        provinceCode: '44',
      });
      await createCustomer(t, coordinator.accessToken, { name: '欧阳修', mobile: uniqueMobile() });
    });

    const ids = async (q: string) => {
      const response = await t
        .get(`/api/customers?q=${encodeURIComponent(q)}&pageSize=200`, coordinator.accessToken)
        .expect(200);
      return response.body.items.map((c: { id: number }) => c.id) as number[];
    };

    it.each([
      '建华',
      '欧阳建华',
      '华',
      'oyjh',
      'jh',
      'ouyang',
      'ouyangjianhua',
      'jianhua',
      '1234',
      '9876',
      '13712349876',
      '3712',
    ])('finds by %s', async (q) => {
      expect(await ids(q)).toContain(target.id);
    });

    it('finds by code and does not find by what does not match', async () => {
      expect(await ids(target.code)).toEqual([target.id]);
      expect(await ids('建军')).not.toContain(target.id);
      expect(await ids('5555')).not.toContain(target.id);
    });

    it('shows masked phones in lists, also when searched by the full number', async () => {
      const response = await t
        .get('/api/customers?q=13712349876', coordinator.accessToken)
        .expect(200);
      expect(response.body.items).toHaveLength(1);
      expect(response.body.items[0].mobile).toBe('137****9876');
      expect(JSON.stringify(response.body)).not.toContain('13712349876');
    });

    it('shows each list row as the detail shows the customer, owner and age included', async () => {
      const response = await t
        .get(`/api/customers?q=${target.code}`, coordinator.accessToken)
        .expect(200);
      const detail = await t
        .get(`/api/customers/${target.id}`, coordinator.accessToken)
        .expect(200);
      expect(response.body.items).toEqual([
        {
          id: detail.body.id,
          code: detail.body.code,
          name: detail.body.name,
          gender: detail.body.gender,
          age: detail.body.age,
          mobile: detail.body.mobile,
          category: detail.body.category,
          stage: detail.body.stage,
          level: detail.body.level,
          statusTag: detail.body.statusTag,
          cityCode: detail.body.cityCode,
          goldImo: detail.body.goldImo !== null,
          owner: { id: detail.body.owner.id, name: detail.body.owner.name },
          createdAt: detail.body.createdAt,
        },
      ]);
      expect(response.body.items[0]).toMatchObject({
        age: expect.any(Number),
        level: 'A',
        cityCode: '4401',
        owner: { id: coordinator.id },
      });
    });

    it('refuses a search too short to be selective', async () => {
      const response = await t.get('/api/customers?q=123', coordinator.accessToken).expect(400);
      expect(response.body.details[0].field).toBe('q');
    });

    it('filters, sorts and pages', async () => {
      await createCustomer(t, coordinator.accessToken, {
        name: '筛选甲',
        level: 'C',
        category: 'guest',
        source: 'event',
      });
      const response = await t
        .get(
          '/api/customers?level=C&category=guest&source=event&sort=-createdAt&pageSize=5',
          coordinator.accessToken,
        )
        .expect(200);
      expect(response.body.total).toBeGreaterThanOrEqual(1);
      expect(
        response.body.items.every(
          (c: { level: string; category: string }) => c.level === 'C' && c.category === 'guest',
        ),
      ).toBe(true);
      await t.get('/api/customers?sort=mobile', coordinator.accessToken).expect(400);
      await t.get('/api/customers?level=%3Cb%3E', coordinator.accessToken).expect(400);
    });
  });

  describe('history, introducers and the 360 view', () => {
    it('keeps who changed status, level, category, stage and owner, from what to what', async () => {
      const other = await t.createUser('coordinator');
      const customer = await createCustomer(t, coordinator.accessToken, {
        statusTag: 'new',
        level: 'B',
      });
      await t
        .patch(`/api/customers/${customer.id}`, coordinator.accessToken, {
          statusTag: 'interested',
          level: 'A',
          category: 'student',
          stage: 'TR1',
          version: customer.version,
        })
        .expect(200);
      // A change of owner is a transfer: the manager's.
      await t
        .patch(`/api/customers/${customer.id}`, manager.accessToken, {
          ownerId: other.id,
          version: customer.version + 1,
        })
        .expect(200);
      const overview = await t
        .get(`/api/customers/${customer.id}/overview`, coordinator.accessToken)
        .expect(200);
      const changes = overview.body.statusHistory.filter(
        (h: { fromValue: string | null }) => h.fromValue !== null,
      );
      expect(changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'statusTag',
            fromValue: 'new',
            toValue: 'interested',
            changedById: coordinator.id,
          }),
          expect.objectContaining({ field: 'level', fromValue: 'B', toValue: 'A' }),
          expect.objectContaining({ field: 'category', fromValue: 'prospect', toValue: 'student' }),
          expect.objectContaining({ field: 'stage', fromValue: 'none', toValue: 'TR1' }),
          expect.objectContaining({
            field: 'ownerId',
            fromValue: String(coordinator.id),
            toValue: String(other.id),
            changedById: manager.id,
          }),
        ]),
      );
      const stale = await t
        .patch(`/api/customers/${customer.id}`, coordinator.accessToken, {
          level: 'C',
          version: customer.version,
        })
        .expect(409);
      expect(stale.body.code).toBe('STALE_VERSION');
    });

    it('shows the introducer, the referrals level by level, and refuses cycles', async () => {
      const root = await createCustomer(t, coordinator.accessToken, { name: '介绍人甲' });
      const child = await createCustomer(t, coordinator.accessToken, {
        name: '被介绍乙',
        introducerId: root.id,
      });
      const grandchild = await createCustomer(t, coordinator.accessToken, {
        name: '被介绍丙',
        introducerId: child.id,
      });

      const overview = await t
        .get(`/api/customers/${child.id}/overview`, coordinator.accessToken)
        .expect(200);
      expect(overview.body.profile.introducer).toMatchObject({ id: root.id, code: root.code });
      expect(overview.body.referrals.customers.map((c: { id: number }) => c.id)).toEqual([
        grandchild.id,
      ]);
      // Other modules add their sections through the registry (interactions: plans and contacts;
      // classes: the classes of a customer who is an internal coach, null for others, and the
      // enrolments; finance: the money).
      expect(Object.keys(overview.body.sections).sort()).toEqual([
        'coach',
        'enrolments',
        'interactions',
        'money',
        'plans',
      ]);
      expect(overview.body.sections.coach).toBeNull();

      const tree = await t
        .get(`/api/customers/${root.id}/referrals?depth=5`, coordinator.accessToken)
        .expect(200);
      expect(
        tree.body.levels.map((l: { level: number; customers: { id: number }[] }) => [
          l.level,
          l.customers.map((c) => c.id),
        ]),
      ).toEqual([
        [1, [child.id]],
        [2, [grandchild.id]],
      ]);
      const shallow = await t
        .get(`/api/customers/${root.id}/referrals?depth=1`, coordinator.accessToken)
        .expect(200);
      expect(shallow.body.total).toBe(1);
      await t
        .get(`/api/customers/${root.id}/referrals?depth=99`, coordinator.accessToken)
        .expect(400);

      const self = await t
        .patch(`/api/customers/${root.id}`, coordinator.accessToken, {
          introducerId: root.id,
          version: root.version,
        })
        .expect(422);
      expect(self.body.code).toBe('INTRODUCER_CYCLE');
      const cycle = await t
        .patch(`/api/customers/${root.id}`, coordinator.accessToken, {
          introducerId: grandchild.id,
          version: root.version,
        })
        .expect(422);
      expect(cycle.body.code).toBe('INTRODUCER_CYCLE');
      await t
        .post('/api/customers', coordinator.accessToken, {
          name: '孤儿',
          mobile: uniqueMobile(),
          introducerId: 99999999,
        })
        .expect(400);
    });
  });

  describe('guarding phones', () => {
    it('masks phones for everyone and reveals them, audited, only to roles that call customers', async () => {
      const customer = await createCustomer(t, coordinator.accessToken, {
        mobile: '13655556666',
        otherPhones: ['010-8888 6666'],
      });
      for (const role of ['coordinator', 'clerk', 'manager', 'finance'] as const) {
        const user =
          role === 'coordinator'
            ? coordinator
            : role === 'manager'
              ? manager
              : await t.createUser(role);
        const detail = await t.get(`/api/customers/${customer.id}`, user.accessToken).expect(200);
        expect(detail.body.mobile).toBe('136****5556'.replace('5556', '6666'));
        expect(detail.body.otherPhones).toEqual(['010****6666']);
        const reveal = await t.post(`/api/customers/${customer.id}/reveal-phone`, user.accessToken);
        if (role === 'finance') {
          expect(reveal.status).toBe(403);
        } else {
          expect(reveal.status).toBe(200);
          expect(reveal.body).toEqual({ mobile: '13655556666', otherPhones: ['01088886666'] });
        }
      }
      const admin = await t.admin();
      await t.get(`/api/customers/${customer.id}`, admin.accessToken).expect(403);
      await t.get('/api/customers', admin.accessToken).expect(403);
      const audit = await t
        .get(
          `/api/admin/audit-logs?action=customer.revealPhone&entityId=${customer.id}`,
          manager.accessToken,
        )
        .expect(200);
      expect(audit.body.total).toBe(3);
    });
  });
});
