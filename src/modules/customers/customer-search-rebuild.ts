import type { QueryRunner } from 'typeorm';
import { insertRows } from '../../database/insert-rows';
import { searchTermsFor } from './customer-search-terms';
import { SearchText } from './customer-search-text';

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

/**
 * Brings every customer's search index (customer_search_text and its customer_search_term
 * rows) in line with searchTermsFor: adds the terms it now gives and removes those it no
 * longer gives, as the text row records them. Needed whenever the terms change (a migration
 * calls it), and safe to run again: a customer already in line is not written.
 *
 * Walks the customers by id, one window of ids at a time, so memory stays bounded for a
 * million customers. Plain SQL with the driver's own quoting and placeholders and no LIMIT,
 * so it runs the same on every database and, like a migration must, knows nothing of the
 * entities. Erased customers have no terms.
 */
export async function rebuildCustomerSearchIndex(
  runner: QueryRunner,
): Promise<{ customers: number; added: number; removed: number }> {
  const driver = runner.connection.driver;
  const name = (identifier: string) => driver.escape(identifier);
  const parameter = (index: number) => driver.createParameter(`p${index}`, index);
  const totals = { customers: 0, added: 0, removed: 0 };
  for (
    let from = await nextId(runner, 0);
    from !== null;
    from = await nextId(runner, from + WINDOW - 1)
  ) {
    const range = [from, from + WINDOW];
    const between = (column: string) =>
      `${name(column)} >= ${parameter(0)} AND ${name(column)} < ${parameter(1)}`;
    const customers: CustomerRow[] = await runner.query(
      `SELECT ${['id', 'code', 'name', 'mobile', 'other_phones', 'erased_at'].map(name).join(', ')} FROM ${name('customer')} WHERE ${between('id')}`,
      range,
    );
    const texts: { customer_id: number; terms: string }[] = await runner.query(
      `SELECT ${name('customer_id')}, ${name('terms')} FROM ${name('customer_search_text')} WHERE ${between('customer_id')}`,
      range,
    );
    const stored = new Map(texts.map((row) => [Number(row.customer_id), row.terms]));
    const added: { term: string; customer_id: number }[] = [];
    const removed: { term: string; customer_id: number }[] = [];
    const changedTexts: { customer_id: number; terms: string }[] = [];
    for (const customer of customers) {
      const id = Number(customer.id);
      const wanted = customer.erased_at
        ? []
        : searchTermsFor({ ...customer, otherPhones: otherPhones(customer.other_phones) });
      const text = SearchText.of(wanted);
      const before = stored.get(id);
      if (before === text || (before === undefined && !wanted.length)) continue;
      const had = new Set(before === undefined ? [] : SearchText.terms(before));
      for (const term of wanted) {
        if (!had.delete(term)) added.push({ term, customer_id: id });
      }
      // What is left of what it had is no longer wanted.
      had.forEach((term) => removed.push({ term, customer_id: id }));
      changedTexts.push({ customer_id: id, terms: text });
    }
    for (let i = 0; i < removed.length; i += STATEMENT_ROWS) {
      const pairs = removed.slice(i, i + STATEMENT_ROWS);
      await runner.query(
        `DELETE FROM ${name('customer_search_term')} WHERE ${pairs
          .map(
            (_, n) =>
              `(${name('term')} = ${parameter(2 * n)} AND ${name('customer_id')} = ${parameter(2 * n + 1)})`,
          )
          .join(' OR ')}`,
        pairs.flatMap((pair) => [pair.term, pair.customer_id]),
      );
    }
    for (let i = 0; i < added.length; i += STATEMENT_ROWS)
      await insertRows(runner, 'customer_search_term', added.slice(i, i + STATEMENT_ROWS));
    if (changedTexts.length) {
      const ids = changedTexts.map((row) => row.customer_id);
      await runner.query(
        `DELETE FROM ${name('customer_search_text')} WHERE ${name('customer_id')} IN (${ids.map((_, n) => parameter(n)).join(', ')})`,
        ids,
      );
      const kept = changedTexts.filter((row) => row.terms !== SearchText.of([]));
      for (let i = 0; i < kept.length; i += STATEMENT_ROWS)
        await insertRows(runner, 'customer_search_text', kept.slice(i, i + STATEMENT_ROWS));
    }
    totals.customers += customers.length;
    totals.added += added.length;
    totals.removed += removed.length;
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
