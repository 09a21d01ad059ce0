import { customerFilterShape } from './customer-filter-shape';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { customerFilterQuery } from './customer-filter-query';
import type { CustomerListShape } from './customer-list-page.query';
import { Customer } from './entities/customer.entity';

/**
 * How many customers a list's filters find (a list without a search, or a search by a rare
 * term): built once per shape, like the page, and run off the event loop
 * (OffLoopReader), as counting a big filtered list reads every row it finds.
 */
export const CUSTOMER_LIST_COUNT = PreparedQueryShapes.count<CustomerListShape>(
  customerFilterShape,
  (source, { filter, values, path }) =>
    customerFilterQuery(source.getRepository(Customer), filter, values, false, path),
);
