import type { EntityManager } from 'typeorm';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Contributes } from '../../common/registry/contributes.decorator';
import { AppConfig } from '../../config/app-config';
import type { UserAccount } from '../../users/entities/user-account.entity';
import { UnfreezeRegistry, type UnfreezeStep } from '../../users/unfreeze.registry';
import { ViewQuotaUsage } from './entities/view-quota-usage.entity';

/**
 * An unfreeze gives the user a fresh daily view allowance (§3.4: after unfreezing, work
 * continues): in the unfreeze's transaction, the day's limit counts again from what was read
 * so far. What it returns goes into the unfreeze's audit row, under `viewQuota`.
 */
@Contributes(UnfreezeRegistry)
export class ViewQuotaUnfreeze implements UnfreezeStep {
  readonly name = 'viewQuota';

  constructor(
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  async unfreeze(user: UserAccount, m: EntityManager) {
    const day = this.calendar.today().date;
    await m
      .createQueryBuilder()
      .update(ViewQuotaUsage)
      .set({ countAtUnfreeze: () => 'count' })
      .where('user_id = :userId AND day = :day', { userId: user.id, day })
      .execute();
    const row = await m.getRepository(ViewQuotaUsage).findOne({ where: { userId: user.id, day } });
    const freshAllowance = user.dailyViewQuota ?? this.config.customers.dailyViewQuota;
    return { day, readToday: row?.count ?? 0, freshAllowance };
  }
}
