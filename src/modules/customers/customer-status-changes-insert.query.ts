import { PreparedInsertRows } from '../../database/prepared-insert-rows';
import { CustomerStatusChange } from './entities/customer-status-change.entity';

/** History rows, many a statement: an import or a transfer writes them for every customer. */
export const INSERT_STATUS_CHANGES = PreparedInsertRows.of(CustomerStatusChange);
