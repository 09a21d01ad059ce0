import { Workbook } from 'exceljs';
import { In } from 'typeorm';
import { searchTermsFor } from '../../src/modules/customers/customer-search-terms';
import { SearchText } from '../../src/modules/customers/customer-search-text';
import { Customer } from '../../src/modules/customers/entities/customer.entity';
import { CustomerSearchBacklog } from '../../src/modules/customers/entities/customer-search-backlog.entity';
import { CustomerSearchTerm } from '../../src/modules/customers/entities/customer-search-term.entity';
import { CustomerSearchText } from '../../src/modules/customers/entities/customer-search-text.entity';
import { CustomerIndexService } from '../../src/modules/customers/customer-index.service';
import { ImportTermRuns } from '../../src/modules/customers/import-term-runs';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

const ROWS = 600;
const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王'];
const GIVEN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Issue 11: an import stores its customers batch by batch and writes all their search terms
 * at its end, in the index's order. Whatever the path, every imported customer is then found,
 * nothing is left in the backlog, and a backlog an import left behind is written by its job.
 */
describe('the search index of imported customers', () => {
  let t: TestApp;
  let manager: TestUser;
  const stamp = String(process.pid % 100).padStart(2, '0');
  const mobile = (i: number) => `177${stamp}${String(i).padStart(6, '0')}`;
  const name = (i: number) =>
    `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / 8) % 10]}${GIVEN[Math.floor(i / 80) % 10]}`;

  beforeAll(async () => {
    t = await TestApp.start();
    manager = await t.createUser('manager');
  });
  afterAll(() => t.close());

  const search = async (q: string) =>
    (
      await t
        .get(`/api/customers?q=${encodeURIComponent(q)}&pageSize=200`, manager.accessToken)
        .expect(200)
    ).body as { items: { id: number }[]; total: number };

  const runJob = async (name: string): Promise<Record<string, number>> => {
    const run = await t
      .post(`/api/admin/jobs/${name}/run`, (await t.admin()).accessToken)
      .expect(200);
    expect(run.body).toMatchObject({ jobName: name, status: 'succeeded' });
    return run.body.counts;
  };

  it('counts the imported customers in the list’s total as soon as the import answers', async () => {
    const total = async () =>
      (await t.get('/api/customers?pageSize=1', manager.accessToken).expect(200)).body
        .total as number;
    // Counted now, and kept a few seconds: the import's batches leave it to expire.
    const before = await total();
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['姓名*', '手机*']);
    for (let i = 0; i < 300; i += 1)
      sheet.addRow([`上官${GIVEN[i % 10]}`, `176${stamp}${String(i).padStart(6, '0')}`]);
    await t
      .http()
      .post('/api/customers/import?dryRun=false')
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'customers.xlsx')
      .expect(200);
    expect(await total()).toBe(before + 300);
  });

  it('finds every imported customer by its rare terms, with nothing left in the backlog', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['姓名*', '手机*']);
    for (let i = 0; i < ROWS; i += 1) sheet.addRow([name(i), mobile(i)]);
    const imported = await t
      .http()
      .post('/api/customers/import?dryRun=false')
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .attach('file', Buffer.from(await workbook.xlsx.writeBuffer()), 'customers.xlsx')
      .expect(200);
    expect(imported.body).toMatchObject({ imported: ROWS, rejected: 0 });

    const customers = await t.dataSource.getRepository(Customer).find({
      where: { mobile: In(Array.from({ length: ROWS }, (_, i) => mobile(i))) },
    });
    expect(customers).toHaveLength(ROWS);
    const texts = await t.dataSource
      .getRepository(CustomerSearchText)
      .findBy({ customerId: In(customers.map((customer) => customer.id)) });
    const textOf = new Map(texts.map((row) => [row.customerId, row.terms]));
    const terms = t.dataSource.getRepository(CustomerSearchTerm);
    for (const customer of customers) {
      const wanted = searchTermsFor(customer);
      expect(SearchText.terms(textOf.get(customer.id) ?? '').sort()).toEqual([...wanted].sort());
      expect(await terms.countBy({ customerId: customer.id, term: In(wanted) })).toBe(
        wanted.length,
      );
    }
    expect(await t.dataSource.getRepository(CustomerSearchBacklog).count()).toBe(0);

    // A whole number and its last digits are each one customer's: the rare path.
    const idOf = new Map(customers.map((customer) => [customer.mobile, customer.id]));
    for (const i of [7, 299, ROWS - 1]) {
      expect((await search(mobile(i))).items.map((c) => c.id)).toEqual([idOf.get(mobile(i))]);
      expect((await search(mobile(i).slice(-4))).items.map((c) => c.id)).toContain(
        idOf.get(mobile(i)),
      );
    }
    // A full name, by characters and by pinyin.
    const named = customers.filter((customer) => customer.name === name(5));
    expect((await search(name(5))).items.map((c) => c.id).sort()).toEqual(
      named.map((c) => c.id).sort(),
    );
  });

  it('writes the terms an import left in the backlog, once the import is surely over', async () => {
    const [customer] = await t.dataSource
      .getRepository(Customer)
      .find({ where: { mobile: mobile(7) } });
    const wanted = searchTermsFor(customer);
    // As an import that died after storing the customer: its text and backlog row, no terms.
    const terms = t.dataSource.getRepository(CustomerSearchTerm);
    await terms.delete({ customerId: customer.id, term: In(wanted) });
    const backlog = t.dataSource.getRepository(CustomerSearchBacklog);
    await backlog.insert({ customerId: customer.id, queuedAt: t.clock.now() });
    expect((await search(mobile(7))).items).toHaveLength(0);

    // Within the hour it may be an import still running: left alone.
    expect(await runJob('search-backlog')).toEqual({ customers: 0, terms: 0 });
    t.clock.advance(61 * 60 * 1000);
    // Past the access token's life.
    const login = await t.signIn(manager.username, manager.password).expect(200);
    manager = { ...manager, accessToken: login.body.accessToken };
    expect(await runJob('search-backlog')).toEqual({ customers: 1, terms: wanted.length });
    expect(await backlog.count()).toBe(0);
    expect((await search(mobile(7))).items.map((c) => c.id)).toEqual([customer.id]);
    expect(await terms.countBy({ customerId: customer.id })).toBe(wanted.length);
    // Nothing left to do.
    expect(await runJob('search-backlog')).toEqual({ customers: 0, terms: 0 });
  });

  it('leaves out the terms of a customer erased while its import was still to write them', async () => {
    // Two customers as an import's batch leaves them: texts and backlog rows, terms pending.
    const index = t.app.get(CustomerIndexService);
    const kept = await createCustomer(t, manager.accessToken, { name: '欧阳留下' });
    const erased = await createCustomer(t, manager.accessToken, { name: '欧阳抹去' });
    const runs = new ImportTermRuns();
    await t.dataSource.transaction(async (m) => {
      const pending = [];
      for (const customer of [kept, erased]) {
        const [row] = await m.getRepository(Customer).findBy({ id: customer.id });
        await index.remove(m, customer.id);
        pending.push({ customerId: customer.id, terms: searchTermsFor(row) });
      }
      await index.storeImported(m, pending);
      for (const { customerId, terms } of pending) await runs.add(customerId, terms);
    });

    await t
      .post(`/api/customers/${erased.id}/erase`, manager.accessToken, {
        reason: '本人来电要求删除个人信息',
      })
      .expect(200);
    await index.writeImported(runs);
    await runs.dispose();

    const terms = t.dataSource.getRepository(CustomerSearchTerm);
    expect(await terms.countBy({ customerId: erased.id })).toBe(0);
    expect(await terms.countBy({ customerId: kept.id })).toBeGreaterThan(0);
    expect(await t.dataSource.getRepository(CustomerSearchBacklog).count()).toBe(0);
    expect((await search('欧阳抹去')).items).toHaveLength(0);
    expect((await search('欧阳留下')).items.map((c) => c.id)).toEqual([kept.id]);
  });

  it('takes out again the terms of customers changed or erased while the import wrote them', async () => {
    const index = t.app.get(CustomerIndexService);
    const renamed = await createCustomer(t, manager.accessToken, { name: '司马旧名' });
    const erased = await createCustomer(t, manager.accessToken, { name: '司马抹去' });
    const kept = await createCustomer(t, manager.accessToken, { name: '司马留下' });
    const change = async () => {
      await t
        .patch(`/api/customers/${renamed.id}`, manager.accessToken, {
          name: '司马新名',
          version: 1,
        })
        .expect(200);
      await t
        .post(`/api/customers/${erased.id}/erase`, manager.accessToken, {
          reason: '本人来电要求删除个人信息',
        })
        .expect(200);
    };
    // The import's terms are handed over only once both have changed: the backlog was read
    // before, so they are written, and must be taken out again.
    class ChangingMeanwhile extends ImportTermRuns {
      override async *sorted(size: number) {
        let first = true;
        for await (const chunk of super.sorted(size)) {
          if (first) await change();
          first = false;
          yield chunk;
        }
      }
    }
    const runs = new ChangingMeanwhile();
    await t.dataSource.transaction(async (m) => {
      const pending = [];
      for (const customer of [renamed, erased, kept]) {
        const [row] = await m.getRepository(Customer).findBy({ id: customer.id });
        await index.remove(m, customer.id);
        pending.push({ customerId: customer.id, terms: searchTermsFor(row) });
      }
      await index.storeImported(m, pending);
      for (const { customerId, terms } of pending) await runs.add(customerId, terms);
    });

    await index.writeImported(runs);
    await runs.dispose();

    const terms = t.dataSource.getRepository(CustomerSearchTerm);
    expect(await terms.countBy({ customerId: erased.id })).toBe(0);
    const text = await t.dataSource
      .getRepository(CustomerSearchText)
      .findOneByOrFail({ customerId: renamed.id });
    const stored = await terms.findBy({ customerId: renamed.id });
    expect(stored.map((row) => row.term).sort()).toEqual(SearchText.terms(text.terms).sort());
    expect(await terms.countBy({ customerId: kept.id })).toBeGreaterThan(0);
    expect(await t.dataSource.getRepository(CustomerSearchBacklog).count()).toBe(0);
    expect((await search('司马旧名')).items).toHaveLength(0);
    expect((await search('司马抹去')).items).toHaveLength(0);
    expect((await search('司马新名')).items.map((c) => c.id)).toEqual([renamed.id]);
    expect((await search('司马留下')).items.map((c) => c.id)).toEqual([kept.id]);
  });
});
