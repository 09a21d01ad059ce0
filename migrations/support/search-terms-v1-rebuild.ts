import type { QueryRunner } from 'typeorm';
import { insertRows } from '../../src/database/insert-rows';
import { searchTermsFor } from '../../src/modules/customers/customer-search-terms';

/** Customer ids per window: bounds the memory (their rows and terms) whatever the base's size. */
const WINDOW = 500;
/** Rows per INSERT or DELETE: under every driver's limit of parameters per statement. */
const STATEMENT_ROWS = 300;

interface CustomerRow {
  id: number;
  code: string;
  name: string;
  mobile: string;
  other_phones: string | string[] | null;
  erased_at: unknown;
}

interface TermRow {
  id: number;
  customer_id: number;
  term: string;
}

/**
 * The rebuild of the first shape of customer_search_term (id, customer_id, term), kept for
 * the migrations that ran against that shape (1764670000000, and the way back down from
 * 1764740000000). Today's rebuild is rebuildCustomerSearchIndex.
 *
 * Brings the stored search terms of every customer in line with searchTermsFor: adds the
 * terms it now gives and removes those it no longer gives. Needed whenever the terms change
 * (a migration calls it), and safe to run again: a customer already in line is not written.
 *
 * Walks the customers by id, one window of ids at a time, so memory stays bounded for a
 * million customers. Plain SQL with the driver's own quoting and placeholders and no LIMIT,
 * so it runs the same on every database and, like a migration must, knows nothing of the
 * entities. Erased customers have no terms.
 */
export async function rebuildCustomerSearchTerms(
  runner: QueryRunner,
): Promise<{ customers: number; added: number; removed: number }> {
  const driver = runner.connection.driver;
  const table = (name: string) => driver.escape(name);
  const column = (name: string) => driver.escape(name);
  const totals = { customers: 0, added: 0, removed: 0 };
  for (
    let from = await nextId(runner, 0);
    from !== null;
    from = await nextId(runner, from + WINDOW - 1)
  ) {
    const range = [from, from + WINDOW];
    const between = (name: string) =>
      `${column(name)} >= ${driver.createParameter('from', 0)} AND ${column(name)} < ${driver.createParameter('to', 1)}`;
    const customers: CustomerRow[] = await runner.query(
      `SELECT ${['id', 'code', 'name', 'mobile', 'other_phones', 'erased_at'].map(column).join(', ')} FROM ${table('customer')} WHERE ${between('id')}`,
      range,
    );
    const stored: TermRow[] = await runner.query(
      `SELECT ${['id', 'customer_id', 'term'].map(column).join(', ')} FROM ${table('customer_search_term')} WHERE ${between('customer_id')}`,
      range,
    );
    const wanted = new Map<number, Set<string>>();
    for (const customer of customers) {
      const terms = customer.erased_at
        ? []
        : searchTermsFor({ ...customer, otherPhones: otherPhones(customer.other_phones) });
      wanted.set(Number(customer.id), new Set(terms));
    }
    const obsolete: number[] = [];
    for (const row of stored) {
      const terms = wanted.get(Number(row.customer_id));
      // A term kept is taken off the wanted set: what is left there is missing.
      if (terms?.delete(row.term)) continue;
      obsolete.push(Number(row.id));
    }
    const missing = [...wanted].flatMap(([customerId, terms]) =>
      [...terms].map((term) => ({ customer_id: customerId, term })),
    );
    for (let i = 0; i < obsolete.length; i += STATEMENT_ROWS) {
      const ids = obsolete.slice(i, i + STATEMENT_ROWS);
      await runner.query(
        `DELETE FROM ${table('customer_search_term')} WHERE ${column('id')} IN (${ids.map((_, n) => driver.createParameter(`id${n}`, n)).join(', ')})`,
        ids,
      );
    }
    for (let i = 0; i < missing.length; i += STATEMENT_ROWS)
      await insertRows(runner, 'customer_search_term', missing.slice(i, i + STATEMENT_ROWS));
    totals.customers += customers.length;
    totals.added += missing.length;
    totals.removed += obsolete.length;
  }
  return totals;
}

/** The first customer id after `after`, or null when there is none: windows skip the gaps. */
async function nextId(runner: QueryRunner, after: number): Promise<number | null> {
  const driver = runner.connection.driver;
  const rows: { next: number | string | null }[] = await runner.query(
    `SELECT MIN(${driver.escape('id')}) AS ${driver.escape('next')} FROM ${driver.escape('customer')} WHERE ${driver.escape('id')} > ${driver.createParameter('after', 0)}`,
    [after],
  );
  const next = rows[0]?.next;
  return next === null || next === undefined ? null : Number(next);
}

function otherPhones(value: string | string[] | null): string[] | null {
  // Stored as JSON text; a driver that knows the column as JSON hands over the array.
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.map(String) : null;
}
