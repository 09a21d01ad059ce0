import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';
import { rebuildCustomerSearchIndex } from '../src/modules/customers/customer-search-rebuild';
import { rebuildCustomerSearchTerms } from './support/search-terms-v1-rebuild';

/**
 * Issue 11, import at the speed of the disk. customer_search_term was a table (id,
 * customer_id, term) with two indexes, (term, customer_id) and (customer_id, term): each term
 * an import wrote went into three B-trees, two of them at random places, and 100,000
 * customers' two million terms took over a minute at a million customers. Now:
 *
 * - customer_search_term is (term, customer_id) and nothing else, clustered by that key
 *   (WITHOUT ROWID on SQLite): one B-tree, which an import fills in its order;
 * - customer_search_text holds each customer's terms in one row, by customer: what a search
 *   walking the list asks of each customer, and the record of which term rows to remove;
 * - customer_search_backlog lists customers whose terms an import has still to write.
 *
 * The index is rebuilt from the customers (terms are derived data), one window at a time.
 */
export class SearchIndexClustered1764740000000 implements MigrationInterface {
  name = 'SearchIndexClustered1764740000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.dropTable('customer_search_term');
    await runner.createTable(
      new Table({
        name: 'customer_search_term',
        columns: [
          { ...k.string('term', 64), isPrimary: true },
          { ...k.int('customer_id'), isPrimary: true },
        ],
        withoutRowid: true,
      }),
    );
    await runner.createTable(
      new Table({
        name: 'customer_search_text',
        columns: [{ ...k.int('customer_id'), isPrimary: true }, k.text('terms')],
        foreignKeys: [k.foreignKey('customer_search_text', ['customer_id'], 'customer', 'CASCADE')],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'customer_search_backlog',
        columns: [{ ...k.int('customer_id'), isPrimary: true }, k.datetime('queued_at')],
        foreignKeys: [
          k.foreignKey('customer_search_backlog', ['customer_id'], 'customer', 'CASCADE'),
        ],
      }),
    );
    await rebuildCustomerSearchIndex(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.dropTable('customer_search_backlog');
    await runner.dropTable('customer_search_text');
    await runner.dropTable('customer_search_term');
    await runner.createTable(
      new Table({
        name: 'customer_search_term',
        columns: [k.id(), k.int('customer_id'), k.string('term', 64)],
        indices: [
          k.index('customer_search_term', ['term', 'customer_id']),
          k.index('customer_search_term', ['customer_id', 'term'], {
            name: 'IDX_customer_search_term_by_customer',
          }),
        ],
        foreignKeys: [k.foreignKey('customer_search_term', ['customer_id'], 'customer', 'CASCADE')],
      }),
    );
    await rebuildCustomerSearchTerms(runner);
  }
}
