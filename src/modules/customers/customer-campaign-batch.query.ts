import { customerFilterShape } from './customer-filter-shape';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { customerFilterQuery } from './customer-filter-query';
import type { CustomerListShape } from './customer-list-page.query';
import { Customer } from './entities/customer.entity';

/** Customers per keyset page of a group SMS's audience. */
export const CAMPAIGN_BATCH = 500;

/**
 * One keyset page (`:after` the last id read) of the customers a group SMS reaches by the
 * customer list's filters: the export's path (the list's conditions, by id), reading only
 * what the message and its skip reasons need.
 */
export const CUSTOMER_CAMPAIGN_BATCH = new PreparedQueryShapes<CustomerListShape, Customer>(
  customerFilterShape,
  (source, { filter, values, path }) =>
    customerFilterQuery(source.getRepository(Customer), filter, values, false, path)
      .select([
        'c.id',
        'c.name',
        'c.mobile',
        'c.care',
        'c.marketingOptOut',
        'c.erasedAt',
        'c.deletedAt',
      ])
      .andWhere('c.id > :after')
      .orderBy('c.id', 'ASC')
      .limit(CAMPAIGN_BATCH),
);
