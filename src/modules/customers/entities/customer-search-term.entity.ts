import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { Customer } from './customer.entity';

/**
 * The search index of the customer base: for each customer the suffixes of its name,
 * pinyin, initials and phone numbers, so that "contains" becomes an indexed prefix range
 * on every database (see customer-search-terms.ts).
 */
@Entity('customer_search_term')
@Index(['term', 'customerId'])
// Named: TypeORM would give it the name of (term, customerId), its columns sorted.
@Index('IDX_customer_search_term_by_customer', ['customerId', 'term'])
export class CustomerSearchTerm {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.string(64) term: string;
}
