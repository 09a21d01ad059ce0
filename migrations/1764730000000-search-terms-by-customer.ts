import { MigrationInterface, QueryRunner } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * A search for a common term ("li", 王, four phone digits) walks the customer list in its
 * order and asks, customer by customer, whether one of its terms matches, stopping after the
 * page. Each question is a seek on (customer_id, term); with only (customer_id) every
 * question read all of a customer's terms from the table. The new index replaces the old one,
 * its prefix, which still serves deleting a customer's terms.
 */
// TypeORM names an index by its table and sorted columns, which (term, customer_id) has.
const BY_CUSTOMER = 'IDX_customer_search_term_by_customer';

export class SearchTermsByCustomer1764730000000 implements MigrationInterface {
  name = 'SearchTermsByCustomer1764730000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createIndex(
      'customer_search_term',
      k.index('customer_search_term', ['customer_id', 'term'], { name: BY_CUSTOMER }),
    );
    await runner.dropIndex(
      'customer_search_term',
      k.index('customer_search_term', ['customer_id']),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createIndex(
      'customer_search_term',
      k.index('customer_search_term', ['customer_id']),
    );
    await runner.dropIndex(
      'customer_search_term',
      k.index('customer_search_term', ['customer_id', 'term'], { name: BY_CUSTOMER }),
    );
  }
}
