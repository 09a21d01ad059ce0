import { PreparedQuery } from '../../database/prepared-query';
import { Customer } from './entities/customer.entity';

/** Mobiles one lookup takes: under SQL Server's 2,100 parameters. */
export const MOBILES_PER_LOOKUP = 1000;

/**
 * The customers (deleted and erased ones too: a number stays taken) that have these mobile
 * numbers, at most MOBILES_PER_LOOKUP of them: the import's duplicate check, and its way to
 * learn the ids of the rows it has just inserted.
 */
export const CUSTOMERS_BY_MOBILE = PreparedQuery.select<
  Pick<Customer, 'id' | 'mobile' | 'code'>,
  { mobiles: string[] }
>((source) =>
  source
    .getRepository(Customer)
    .createQueryBuilder('c')
    .select(['c.id', 'c.mobile', 'c.code'])
    .where('c.mobile IN (:...mobiles)'),
);
