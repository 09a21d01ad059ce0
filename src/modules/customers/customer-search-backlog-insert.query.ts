import { PreparedInsertRows } from '../../database/prepared-insert-rows';
import { CustomerSearchBacklog } from './entities/customer-search-backlog.entity';

/** An import's customers whose terms are still to be written, a batch at a time. */
export const INSERT_SEARCH_BACKLOG = PreparedInsertRows.of(CustomerSearchBacklog);
