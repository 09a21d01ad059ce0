import { PreparedQuery } from '../../database/prepared-query';
import { ViewQuotaUsage } from './entities/view-quota-usage.entity';

/**
 * Counts one read against the user's day, only while under the limit: one conditional UPDATE
 * (so parallel reads cannot pass it), prepared because it runs on every read of a customer.
 * Changes one row when the read is allowed, none otherwise (or when the day has no row yet).
 */
export const COUNT_ONE_VIEW = PreparedQuery.write<{ userId: number; day: string; limit: number }>(
  (source) =>
    source
      .getRepository(ViewQuotaUsage)
      .createQueryBuilder()
      .update(ViewQuotaUsage)
      .set({ count: () => 'count + 1' })
      .where('user_id = :userId AND day = :day AND count < :limit + count_at_unfreeze'),
);
