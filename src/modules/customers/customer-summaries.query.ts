import { PreparedQuery } from '../../database/prepared-query';
import { CustomerSummaryColumns } from './customer-summary-columns';
import { Customer } from './entities/customer.entity';

/**
 * Customers by id, with what other records show beside themselves (CustomerSummaryView):
 * every page of plans and records names its customers through it (but the to-do's, which
 * joins them: CustomerSummaryColumns).
 */
export const CUSTOMER_SUMMARIES = PreparedQuery.select<
  Pick<Customer, 'id' | 'code' | 'name' | 'mobile' | 'ownerId' | 'deletedAt'>,
  { ids: number[] }
>((source) =>
  source
    .getRepository(Customer)
    .createQueryBuilder('c')
    .select(CustomerSummaryColumns.fields('c'))
    .where('c.id IN (:...ids)'),
);
