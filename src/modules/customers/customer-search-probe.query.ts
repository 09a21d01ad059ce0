import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { customerTermRanges } from './customer-term-ranges';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';

/**
 * Above this many matching index terms a search walks the customers in the page's order
 * (`from-customers`); at or below it, it reads the terms first (`from-terms`). Measured at a
 * million customers (SQLite): reading and ordering 2,000 terms' customers costs about what
 * walking to a page of a term that matches one customer in a thousand does; below, the terms
 * are cheaper, above, the walk.
 */
export const TERMS_READ_FIRST = 2000;

/**
 * How many index terms match a search's ranges, counted only up to TERMS_READ_FIRST + 1:
 * a bounded read of the term index, whatever the term.
 */
export const CUSTOMER_SEARCH_PROBE = PreparedQueryShapes.count<{ ranges: number }>(
  ({ ranges }) => String(ranges),
  (source, { ranges }) => {
    const values = Object.fromEntries(Array.from({ length: ranges }, (_, i) => [`from${i}`, '']));
    const terms = source
      .getRepository(CustomerSearchTerm)
      .createQueryBuilder('t')
      .select('t.customerId')
      .where(customerTermRanges(values, 't'))
      .limit(TERMS_READ_FIRST + 1);
    return source.createQueryBuilder().from(`(${terms.getQuery()})`, 'matches');
  },
);
