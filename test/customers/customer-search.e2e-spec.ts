import { Workbook } from 'exceljs';
import { In } from 'typeorm';
import { maskPhone } from '../../src/common/phone/mobile-number';
import { rebuildCustomerSearchIndex } from '../../src/modules/customers/customer-search-rebuild';
import { searchTermsFor } from '../../src/modules/customers/customer-search-terms';
import { SearchText } from '../../src/modules/customers/customer-search-text';
import { CustomerSearchTerm } from '../../src/modules/customers/entities/customer-search-term.entity';
import { CustomerSearchText } from '../../src/modules/customers/entities/customer-search-text.entity';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** Issue 9.5 (masked phones cannot be rebuilt through search) and 9.11 (surname readings). */
describe('customer search', () => {
  let t: TestApp;
  let coordinator: TestUser;
  let finance: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
  });
  afterAll(() => t.close());

  const search = async (user: TestUser, q: string) => {
    const response = await t
      .get(`/api/customers?q=${encodeURIComponent(q)}&pageSize=200`, user.accessToken)
      .expect(200);
    return {
      ids: response.body.items.map((c: { id: number }) => c.id) as number[],
      total: response.body.total as number,
    };
  };

  describe('phones of users who may not reveal them', () => {
    // Shown as 139****4321 and 010****6666.
    const MOBILE = '13987654321';
    const OTHER = '01088886666';
    let target: { id: number };

    beforeAll(async () => {
      target = await createCustomer(t, coordinator.accessToken, {
        name: '掩码目标',
        mobile: MOBILE,
        otherPhones: [OTHER],
      });
    });

    /** Every window of 4 digits that takes in a digit the mask hides. */
    const hiddenWindows = (phone: string) =>
      Array.from({ length: phone.length - 4 }, (_, i) => phone.slice(i, i + 4));

    it('finds nothing by 4 digits that take in a hidden digit, where a user who may reveal phones does', async () => {
      for (const q of [...hiddenWindows(MOBILE), ...hiddenWindows(OTHER)]) {
        // The coordinator first: the cached total of the same search must not serve the other.
        expect([q, (await search(coordinator, q)).ids]).toEqual([q, [target.id]]);
        expect([q, await search(finance, q)]).toEqual([q, { ids: [], total: 0 }]);
      }
    });

    it('finds by the digits the mask shows, and by the whole number', async () => {
      for (const q of ['4321', '6666', MOBILE, OTHER, '139 8765 4321']) {
        expect([q, (await search(finance, q)).ids]).toEqual([q, [target.id]]);
      }
    });

    it('does not match longer pieces that end in the visible digits, nor a number that merely ends in the query', async () => {
      for (const q of ['54321', '654321', '9876543210', '3987654321', '88886666']) {
        expect([q, (await search(finance, q)).ids]).toEqual([q, []]);
      }
      expect((await search(coordinator, '654321')).ids).toEqual([target.id]);
    });

    it('applies the same rule to someone whose reveal permission was denied, on the list and the export', async () => {
      const admin = await t.admin();
      const restricted = await t.createUser('manager');
      const current = await t
        .get(`/api/admin/users/${restricted.id}`, admin.accessToken)
        .expect(200);
      await t
        .put(`/api/admin/users/${restricted.id}/permissions`, admin.accessToken, {
          grants: [],
          denials: ['Customer:revealPhone'],
          version: current.body.version,
        })
        .expect(200);
      expect((await search(restricted, '9876')).ids).toEqual([]);
      expect((await search(restricted, '4321')).ids).toEqual([target.id]);
      const exported = async (q: string) => {
        const response = await t
          .http()
          .get(`/api/customers/export?q=${q}`)
          .set('Authorization', `Bearer ${restricted.accessToken}`)
          .responseType('blob')
          .expect(200);
        const workbook = new Workbook();
        await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
        const cells: unknown[] = [];
        workbook.worksheets[0].eachRow((row) => cells.push(...(row.values as unknown[])));
        return cells;
      };
      expect(await exported('9876')).not.toContain('掩码目标');
      const file = await exported('4321');
      expect(file).toContain('掩码目标');
      // The file shows the phone as the list does to this user, never the whole number.
      expect(file).toContain(maskPhone(MOBILE));
      expect(file).not.toContain(MOBILE);
    });
  });

  describe('family names read as surnames', () => {
    let zeng: { id: number };

    beforeAll(async () => {
      zeng = await createCustomer(t, coordinator.accessToken, { name: '曾小贤' });
    });

    it.each(['zengxiaoxian', 'zxx', 'zeng', 'cengxiaoxian', 'cxx', 'xiaoxian', '曾小贤'])(
      'finds 曾小贤 by %s',
      async (q) => {
        expect((await search(coordinator, q)).ids).toContain(zeng.id);
      },
    );

    it.each([
      ['单田芳', 'shantianfang'],
      ['解缙', 'xiejin'],
      ['仇英', 'qy'],
      ['查良镛', 'zhaliangyong'],
      ['尉迟恭', 'yuchigong'],
    ])('finds %s by %s', async (name, q) => {
      const customer = await createCustomer(t, coordinator.accessToken, { name });
      expect((await search(coordinator, q)).ids).toContain(customer.id);
    });
  });

  describe('customers indexed before the change', () => {
    it('are found by the surname reading and the whole number once their terms are rebuilt', async () => {
      const customer = await createCustomer(t, coordinator.accessToken, {
        name: '曾一凡',
        mobile: '13611112222',
      });
      // The terms as the former builder wrote them: the common reading and phone digits only,
      // and a term no builder gives any more.
      const terms = t.dataSource.getRepository(CustomerSearchTerm);
      const current = searchTermsFor({
        code: customer.code,
        name: '曾一凡',
        mobile: '13611112222',
        otherPhones: null,
      });
      const added = current.filter(
        (term) => /^[vw]/.test(term) || term.startsWith('pzeng') || term === 'izyf',
      );
      await terms.delete({ customerId: customer.id, term: In(added) });
      await terms.insert({ customerId: customer.id, term: 'pobsolete' });
      // Its text lists the terms it has, as the former builder left them.
      const former = [...current.filter((term) => !added.includes(term)), 'pobsolete'];
      await t.dataSource
        .getRepository(CustomerSearchText)
        .update({ customerId: customer.id }, { terms: SearchText.of(former) });
      expect((await search(coordinator, 'zengyifan')).ids).not.toContain(customer.id);
      expect((await search(finance, '13611112222')).ids).not.toContain(customer.id);

      const runner = t.dataSource.createQueryRunner();
      try {
        const first = await rebuildCustomerSearchIndex(runner);
        expect(first).toMatchObject({ added: added.length, removed: 1 });
        expect(first.customers).toBeGreaterThanOrEqual(1);
        // Safe to run again: nothing left to change.
        expect(await rebuildCustomerSearchIndex(runner)).toMatchObject({ added: 0, removed: 0 });
      } finally {
        await runner.release();
      }

      for (const q of ['zengyifan', 'zyf', 'cengyifan', '曾一凡']) {
        expect([q, (await search(coordinator, q)).ids.includes(customer.id)]).toEqual([q, true]);
      }
      expect((await search(finance, '13611112222')).ids).toEqual([customer.id]);
      expect((await search(finance, '2222')).ids).toEqual([customer.id]);
      expect((await search(coordinator, 'obsolete')).ids).not.toContain(customer.id);
      const stored = await terms.find({ where: { customerId: customer.id } });
      expect(stored.map((row) => row.term).sort()).toEqual([...current].sort());
    });
  });
});
