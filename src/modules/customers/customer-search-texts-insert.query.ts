import { PreparedInsertRows } from '../../database/prepared-insert-rows';
import { CustomerSearchText } from './entities/customer-search-text.entity';

/** Customers' search texts, one row a customer, many customers a statement. */
export const INSERT_SEARCH_TEXTS = PreparedInsertRows.of(CustomerSearchText);
