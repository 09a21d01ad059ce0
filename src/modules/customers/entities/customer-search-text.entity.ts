import { Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import { Customer } from './customer.entity';

/**
 * A customer's search terms in one row, space-separated with a space before and after
 * (` pwang iw t1380 … `): the record of which CustomerSearchTerm rows the customer has, and
 * what a search walking the customer list asks of each customer (`LIKE '% pli%'` is "one of
 * its terms starts with pli", the terms being [0-9a-z] only).
 */
@Entity('customer_search_text')
export class CustomerSearchText {
  @Col.intKey() customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Col.text() terms: string;
}
