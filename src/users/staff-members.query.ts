import { PreparedQuery } from '../database/prepared-query';
import { UserAccount } from './entities/user-account.entity';

/**
 * Colleagues by id, with the name lists print beside a record and nothing else of their
 * account: the plans and records of every to-do and list page name their staff through it.
 */
export const STAFF_MEMBERS = PreparedQuery.select<
  Pick<UserAccount, 'id' | 'displayName'>,
  { ids: number[] }
>((source) =>
  source
    .getRepository(UserAccount)
    .createQueryBuilder('u')
    .select(['u.id', 'u.displayName'])
    .where('u.id IN (:...ids)'),
);
