import { PreparedQuery } from '../../database/prepared-query';
import { CustomerSearchBacklog } from './entities/customer-search-backlog.entity';

/** Customer ids one lookup takes: under SQL Server's 2,100 parameters. */
export const BACKLOG_IDS_PER_LOOKUP = 1000;

/**
 * Which of these customers (at most BACKLOG_IDS_PER_LOOKUP) still wait for their import's
 * terms: a customer changed or erased meanwhile has left the backlog, and its terms from the
 * file are no longer its own.
 */
export const CUSTOMER_SEARCH_BACKLOG_IDS = PreparedQuery.select<
  Pick<CustomerSearchBacklog, 'customerId'>,
  { ids: number[] }
>((source) =>
  source
    .getRepository(CustomerSearchBacklog)
    .createQueryBuilder('b')
    .select(['b.customerId'])
    .where('b.customerId IN (:...ids)'),
);
