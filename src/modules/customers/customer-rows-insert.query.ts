import { PreparedInsertRows } from '../../database/prepared-insert-rows';
import { Customer } from './entities/customer.entity';

/** New customers, many rows a statement (the import): rows as newCustomerRow makes them. */
export const INSERT_CUSTOMER_ROWS = PreparedInsertRows.of(Customer);
