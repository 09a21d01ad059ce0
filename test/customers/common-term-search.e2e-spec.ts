import { Workbook } from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchTermsFor } from '../../src/modules/customers/customer-search-terms';
import { SearchText } from '../../src/modules/customers/customer-search-text';
import { CustomerSearchText } from '../../src/modules/customers/entities/customer-search-text.entity';
import { SEARCH_TOTAL_CAP } from '../../src/modules/customers/customer-search-matches.query';
import { TERMS_READ_FIRST } from '../../src/modules/customers/customer-search-probe.query';
import { CustomerSearchTerm } from '../../src/modules/customers/entities/customer-search-term.entity';
import { Customer } from '../../src/modules/customers/entities/customer.entity';
import { newCustomerRow } from '../../src/modules/customers/new-customer';
import { Like } from 'typeorm';
import { TestApp, TestUser } from '../support/test-app';

/**
 * Issue 11.1: a search for a common term walks the list in its order and stops after the
 * page, and counts its matches only up to a bound ("more than 1,000"); a rare one reads its
 * few terms first and counts exactly. Both give the same customers in the same order.
 */
describe('search for a common term', () => {
  // More customers than the terms a search reads first, all named 欧阳 (pinyin "ouyang").
  const COMMON = TERMS_READ_FIRST + 150;
  const MINE = 200;
  const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华';
  let dir: string;
  let t: TestApp;
  let manager: TestUser;
  let mine: TestUser;
  let other: TestUser;
  /** the seeded customers' ids, newest first (the list's order) */
  let newestFirst: number[];

  beforeAll(async () => {
    // On SQLite a file, as the product runs: counts and common terms' pages are then read by
    // the worker thread's own connection (OffLoopReader); in memory they could not be.
    dir = mkdtempSync(join(tmpdir(), 'crm-search-'));
    t = await TestApp.start({ sqliteFile: join(dir, 'crm.sqlite') });
    manager = await t.createUser('manager');
    mine = await t.createUser('coordinator');
    other = await t.createUser('coordinator');
    // Written straight into the tables with their search terms, as an import would: two
    // thousand customers through the API would take most of the test's time.
    const start = Date.UTC(2025, 0, 1);
    await t.dataSource.transaction(async (manager) => {
      for (let from = 0; from < COMMON; from += 100) {
        const rows = Array.from({ length: Math.min(100, COMMON - from) }, (_, k) => {
          const i = from + k;
          const owner = i < MINE ? mine.id : other.id;
          return {
            ...newCustomerRow(
              {
                name: `欧阳${GIVEN[i % GIVEN.length]}${GIVEN[Math.floor(i / GIVEN.length) % GIVEN.length]}`,
                mobile: `186${String(process.pid % 1000).padStart(3, '0')}${String(i).padStart(5, '0')}`,
              },
              { code: `C9${String(i).padStart(8, '0')}`, ownerId: owner, createdById: owner },
            ),
            createdAt: new Date(start + i * 1000),
          };
        });
        const inserted = await manager.getRepository(Customer).insert(rows);
        const customers = rows.map((row, k) => ({
          customerId: inserted.identifiers[k].id as number,
          terms: searchTermsFor({
            code: row.code!,
            name: row.name!,
            mobile: row.mobile!,
            otherPhones: null,
          }),
        }));
        await manager
          .getRepository(CustomerSearchText)
          .insert(
            customers.map(({ customerId, terms }) => ({ customerId, terms: SearchText.of(terms) })),
          );
        const terms = customers.flatMap(({ customerId, terms }) =>
          terms.map((term) => ({ customerId, term })),
        );
        for (let i = 0; i < terms.length; i += 500)
          await manager.getRepository(CustomerSearchTerm).insert(terms.slice(i, i + 500));
      }
    });
    const seeded = await t.dataSource.getRepository(Customer).find({
      select: { id: true },
      where: { code: Like('C9%') },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    newestFirst = seeded.map((row) => row.id);
    expect(newestFirst).toHaveLength(COMMON);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const list = (user: TestUser, query: string) =>
    t.get(`/api/customers?${query}`, user.accessToken).expect(200);

  it('pages through the matches in the list order and says there are more than the bound', async () => {
    const first = await list(manager, 'q=ouyang&pageSize=50');
    expect(first.body.items.map((c: { id: number }) => c.id)).toEqual(newestFirst.slice(0, 50));
    expect(first.body).toMatchObject({ total: SEARCH_TOTAL_CAP, totalCapped: true });
    const third = await list(manager, 'q=ouyang&pageSize=50&page=3');
    expect(third.body.items.map((c: { id: number }) => c.id)).toEqual(newestFirst.slice(100, 150));
    // The same customers by their initials and by a character of the name.
    const initials = await list(manager, 'q=oy&pageSize=20');
    expect(initials.body.items.map((c: { id: number }) => c.id)).toEqual(newestFirst.slice(0, 20));
    const character = await list(manager, `q=${encodeURIComponent('欧')}&pageSize=20`);
    expect(character.body.items.map((c: { id: number }) => c.id)).toEqual(newestFirst.slice(0, 20));
  });

  it('counts exactly when the other filters leave fewer than the bound', async () => {
    const owned = await list(manager, `q=ouyang&ownerId=${mine.id}&pageSize=100`);
    expect(owned.body).toMatchObject({ total: MINE, totalCapped: false });
    const expected = newestFirst.filter((_, i) => i >= COMMON - MINE);
    expect(owned.body.items.map((c: { id: number }) => c.id)).toEqual(expected.slice(0, 100));
  });

  it('counts a rare term exactly, without the flag', async () => {
    const rare = await list(manager, `q=${encodeURIComponent('欧阳伟伟')}`);
    expect(rare.body.total).toBeGreaterThanOrEqual(1);
    expect(rare.body.totalCapped).toBeUndefined();
    expect(rare.body.items.every((c: { name: string }) => c.name.includes('欧阳伟伟'))).toBe(true);
  });

  it('leaves out a deleted customer on the common path', async () => {
    const [newest] = newestFirst;
    await t
      .http()
      .delete(`/api/customers/${newest}`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .expect(204);
    const after = await list(manager, 'q=ouyang&pageSize=5');
    expect(after.body.items.map((c: { id: number }) => c.id)).toEqual(newestFirst.slice(1, 6));
  });

  it('exports every match of a common term', async () => {
    const response = await t
      .http()
      .get('/api/customers/export?q=ouyang')
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .responseType('blob')
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
    // The heading, and every match but the one deleted above.
    expect(workbook.worksheets[0].actualRowCount).toBe(1 + COMMON - 1);
  });
});
