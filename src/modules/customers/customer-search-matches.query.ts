import { customerFilterShape } from './customer-filter-shape';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { customerConditions } from './customer-filter-query';
import type { CustomerListShape } from './customer-list-page.query';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { Customer } from './entities/customer.entity';

/** A common search's total is exact up to this many customers, "more than" beyond. */
export const SEARCH_TOTAL_CAP = 500;

/**
 * Index terms read to count a common search's customers: a customer matches by a few terms
 * at most (its name's reading and initials), so this many rows hold more than
 * SEARCH_TOTAL_CAP customers unless one has very many.
 */
export const SEARCH_MATCHES_READ = SEARCH_TOTAL_CAP * 2;

/**
 * The customers of a common search's matching terms, as customer ids with repeats, read
 * together with the list's other conditions and cut at SEARCH_MATCHES_READ rows: its cost
 * is bounded whatever the term; CustomerQueryService counts the distinct ids.
 */
export const CUSTOMER_SEARCH_MATCHES = new PreparedQueryShapes<
  CustomerListShape,
  { customerId: number }
>(customerFilterShape, (source, { filter, values }) =>
  customerConditions(
    source
      .getRepository(CustomerSearchTerm)
      .createQueryBuilder('t')
      .select('t.customerId')
      .innerJoin(Customer, 'c', 'c.id = t.customerId'),
    filter,
    values,
    'joined',
  ).limit(SEARCH_MATCHES_READ),
);
