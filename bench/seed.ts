import { searchTermsFor } from '../src/modules/customers/customer-search-terms';
import { SearchText } from '../src/modules/customers/customer-search-text';
import { benchMobile, benchName, random } from './bench-data';
import type { RawDatabase } from './raw-database';

/** Rows per batch: bounds the seeder's memory whatever the base's size. */
export const SEED_BATCH = 10_000;

const CATEGORIES = ['prospect', 'prospect', 'prospect', 'student', 'guest'];
const LEVELS = ['A', 'B', 'C', null];
const STATUSES = ['new', 'contacting', 'interested', 'enrolled', 'dormant'];
const FIRST_CREATED = Date.UTC(2020, 0, 1);
const LAST_CREATED = Date.UTC(2026, 0, 1);

const CUSTOMER_COLUMNS = {
  id: 'int',
  code: 'text',
  name: 'text',
  gender: 'text',
  birthday: 'date',
  mobile: 'text',
  category: 'text',
  stage: 'text',
  level: 'text',
  status_tag: 'text',
  source: 'text',
  owner_id: 'int',
  province_code: 'text',
  city_code: 'text',
  created_by_id: 'int',
  created_at: 'timestamp',
  updated_at: 'timestamp',
  version: 'int',
} as const;

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC, as the server's driver writes a datetime. */
export function sqlTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

/** The id customer number `i` gets (ids are written, so that terms can name them). */
export function customerId(i: number): number {
  return i + 1;
}

/**
 * Writes `count` customers with their search terms straight into the database (the server
 * is stopped): the benchmark measures reading, so seeding takes the shortest road. Batches
 * of SEED_BATCH customers, each one statement (PostgreSQL) or one transaction of one
 * prepared statement (SQLite). Creation times lie between 2020 and 2025, never today, so
 * the codes never meet the server's own.
 */
export async function seedCustomers(
  db: RawDatabase,
  count: number,
  ownerIds: number[],
): Promise<void> {
  const step = Math.min(60_000, Math.floor((LAST_CREATED - FIRST_CREATED) / count));
  for (let from = 0; from < count; from += SEED_BATCH) {
    const customers: unknown[][] = [];
    const terms: [string, number][] = [];
    const texts: unknown[][] = [];
    for (let i = from; i < Math.min(count, from + SEED_BATCH); i += 1) {
      const next = random(i + 7);
      const created = sqlTime(FIRST_CREATED + i * step);
      const code = `C${created.slice(0, 10).replace(/-/g, '')}${String(i).padStart(7, '0')}`;
      const name = benchName(i);
      const mobile = benchMobile(i);
      const owner = ownerIds[i % ownerIds.length];
      const birthday = `19${60 + Math.floor(next() * 40)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      customers.push([
        customerId(i),
        code,
        name,
        next() < 0.5 ? 'male' : 'female',
        birthday,
        mobile,
        CATEGORIES[i % CATEGORIES.length],
        'none',
        LEVELS[i % LEVELS.length],
        STATUSES[i % STATUSES.length],
        'referral',
        owner,
        '44',
        '4401',
        owner,
        created,
        created,
        1,
      ]);
      const customerTerms = searchTermsFor({ code, name, mobile, otherPhones: null });
      for (const term of customerTerms) terms.push([term, customerId(i)]);
      texts.push([customerId(i), SearchText.of(customerTerms)]);
    }
    await db.insert('customer', CUSTOMER_COLUMNS, customers);
    await db.insert('customer_search_text', { customer_id: 'int', terms: 'text' }, texts);
    // In the index's order, as the server's own writes are.
    terms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    await db.insert('customer_search_term', { term: 'text', customer_id: 'int' }, terms);
  }
}
