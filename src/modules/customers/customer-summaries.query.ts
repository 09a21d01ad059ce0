import { PreparedQuery } from '../../database/prepared-query';
import { Customer } from './entities/customer.entity';

/**
 * Customers by id, with what other records show beside themselves (CustomerSummaryView):
 * every page of plans and records (the to-do among them) names its customers through it.
 */
export const CUSTOMER_SUMMARIES = PreparedQuery.select<
  Pick<Customer, 'id' | 'code' | 'name' | 'mobile' | 'ownerId' | 'deletedAt'>,
  { ids: number[] }
>((source) =>
  source
    .getRepository(Customer)
    .createQueryBuilder('c')
    .select(['c.id', 'c.code', 'c.name', 'c.mobile', 'c.ownerId', 'c.deletedAt'])
    .where('c.id IN (:...ids)'),
);
