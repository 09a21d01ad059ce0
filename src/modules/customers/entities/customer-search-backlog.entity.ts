import { Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import { Customer } from './customer.entity';

/**
 * Customers stored by an import whose search terms are not in CustomerSearchTerm yet: the
 * import writes the terms of all its customers at its end, in the index's order (see
 * CustomerImportTerms). Emptied as they are written; rows left behind by an import that
 * died are indexed by the `search-backlog` job.
 */
@Entity('customer_search_backlog')
export class CustomerSearchBacklog {
  @Col.intKey() customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.datetime() queuedAt: Date;
}
