import { PreparedInsertRows } from '../../database/prepared-insert-rows';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';

/** Search terms, a thousand rows a statement: a customer has a few dozen. */
export const INSERT_SEARCH_TERMS = PreparedInsertRows.of(CustomerSearchTerm);
