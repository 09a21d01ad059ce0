import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { businessDate } from '../../common/business-date';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { NamedStatement } from '../../database/named-statement';
import { NotificationsService } from '../../notifications/notifications.service';
import { UsersService } from '../../users/users.service';
import { ViewQuotaUsage } from './entities/view-quota-usage.entity';

/**
 * The daily limit of customer records one user may read (§3.4): every detail view and every
 * page of a list counts one. The read that would pass the limit is refused, the account is
 * frozen at once, and clerks and managers are alerted.
 *
 * The count moves by a single conditional UPDATE (`count < limit`), so parallel requests can
 * never take a user past the limit: the database lets exactly `limit` of them through.
 */
@Injectable()
export class ViewQuotaService {
  private increment?: NamedStatement;

  constructor(
    @InjectRepository(ViewQuotaUsage) private readonly usage: Repository<ViewQuotaUsage>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async consume(principal: Principal): Promise<void> {
    const day = businessDate(this.clock.now(), this.config.business.timeZone);
    const limit = principal.dailyViewQuota ?? this.config.customers.dailyViewQuota;
    if (await this.take(principal.id, day, limit)) return;
    await this.exceeded(principal, day, limit);
  }

  /** The one conditional UPDATE, built once: it runs on every read of a customer. */
  private countOne(): NamedStatement {
    this.increment ??= new NamedStatement(
      this.usage.manager.connection,
      this.usage
        .createQueryBuilder()
        .update(ViewQuotaUsage)
        .set({ count: () => 'count + 1' })
        .where('user_id = :userId AND day = :day AND count < :limit')
        .getQuery(),
    );
    return this.increment;
  }

  private async take(userId: number, day: string, limit: number): Promise<boolean> {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      if ((await this.countOne().execute({ userId, day, limit })) === 1) return true;
      // No row moved: either the day's row is at the limit, or it did not exist yet when the
      // UPDATE ran (a parallel first read may have created it since). Only the count decides.
      const row = await this.usage.findOne({ where: { userId, day } });
      if (row) {
        if (row.count >= limit) return false;
        continue;
      }
      try {
        await this.usage.insert({ userId, day, count: 1 });
        return true;
      } catch (error) {
        // A parallel first read of the day created the row: count against it.
        if (!(error instanceof QueryFailedError)) throw error;
      }
    }
    throw new Error('the view quota could not be counted');
  }

  private async exceeded(principal: Principal, day: string, limit: number): Promise<never> {
    const frozen = await this.users.freezeForQuota(principal.id, `daily view quota of ${limit} exceeded on ${day}`);
    if (frozen) {
      await this.audit.record({
        action: 'customer.quotaExceeded',
        outcome: 'denied',
        entityType: 'User',
        entityId: principal.id,
        meta: { day, limit },
      });
      const recipients = await this.users.activeIdsWithRoles(['clerk', 'manager']);
      await this.notifications.notifyUsers(recipients, {
        kind: 'account.frozen.quota',
        title: `Account ${principal.username} frozen`,
        body: `${principal.displayName} (${principal.username}) read more than ${limit} customer records on ${day}; the account was frozen. Check before unfreezing it.`,
        data: { userId: principal.id, day, limit },
      });
    }
    throw DomainError.forbidden(
      `You have read your ${limit} customer records for today; the account is now frozen. A clerk or manager can unfreeze it.`,
      'VIEW_QUOTA_EXCEEDED',
    );
  }
}
