import { Entity } from 'typeorm';
import { Col } from '../../../database/columns';

/**
 * The search index of the customer base: for each customer the suffixes of its name,
 * pinyin, initials and phone numbers, so that "contains" becomes an indexed prefix range
 * on every database (see customer-search-terms.ts).
 *
 * The table is its own index, clustered by (term, customer_id) (WITHOUT ROWID on SQLite, the
 * clustered primary key on SQL Server): one B-tree per row written instead of a table and
 * two indexes, which is what made an import's terms slow at a million customers. Nothing
 * here is looked up by customer: a customer's terms are listed in its CustomerSearchText,
 * and removed through it. So there is no foreign key either (it would need an index on
 * customer_id to cascade); terms are derived data, written and removed with their customer.
 */
@Entity('customer_search_term', { withoutRowid: true })
export class CustomerSearchTerm {
  @Col.stringKey(64) term: string;
  @Col.intKey() customerId: number;
}
