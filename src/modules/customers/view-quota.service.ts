import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { NotificationsService } from '../../notifications/notifications.service';
import { AccountStatusService } from '../../users/account-status.service';
import { UsersService } from '../../users/users.service';
import { GroupCommit } from '../../database/group-commit';
import { ViewQuotaUsage } from './entities/view-quota-usage.entity';
import { COUNT_ONE_VIEW } from './view-quota-count.query';
import { DEFAULT_LOCALE } from '../../common/i18n/locale';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';

/**
 * The daily limit of customer records one user may read (§3.4): every detail view and every
 * page of a list counts one. The read that would pass the limit is refused, the account is
 * frozen at once, and clerks and managers are alerted.
 *
 * The count moves by a single conditional UPDATE (`count < limit`), so parallel requests can
 * never take a user past the limit: the database lets exactly `limit` of them through.
 *
 * Unfreezing gives the user a fresh allowance for the rest of the day (§3.4: after unfreezing,
 * work continues): the limit then counts from the day's count at the unfreeze
 * (ViewQuotaUnfreeze).
 *
 * Callers consume once the request is known to be valid and the record found, just before
 * they show it: a refused or mistaken request uses up nothing.
 */
@Injectable()
export class ViewQuotaService {
  constructor(
    @InjectRepository(ViewQuotaUsage) private readonly usage: Repository<ViewQuotaUsage>,
    private readonly groupCommit: GroupCommit,
    private readonly config: AppConfig,
    private readonly calendar: BusinessCalendar,
    private readonly users: UsersService,
    private readonly accountStatus: AccountStatusService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async consume(principal: Principal): Promise<void> {
    const day = this.calendar.today().date;
    const limit = principal.dailyViewQuota ?? this.config.customers.dailyViewQuota;
    if (await this.take(principal.id, day, limit)) return;
    await this.exceeded(principal, day, limit);
  }

  private async take(userId: number, day: string, limit: number): Promise<boolean> {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      // Committed with the other small writes of the round (the reads' audit rows).
      const counted = await this.groupCommit.run((m) =>
        COUNT_ONE_VIEW.run(m, { userId, day, limit }),
      );
      if (counted === 1) return true;
      // No row moved: either the day's row is at the limit, or it did not exist yet when the
      // UPDATE ran (a parallel first read may have created it since). Only the count decides.
      const row = await this.usage.findOne({ where: { userId, day } });
      if (row) {
        if (row.count >= limit + row.countAtUnfreeze) return false;
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
    // Stored with the account, beside reasons staff type in: in the business language.
    const reason = translate(msg('customers.quotaFrozenReason', { limit, day }), DEFAULT_LOCALE);
    const frozen = await this.accountStatus.freezeForQuota(principal.id, reason);
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
        data: { userId: principal.id, day, limit },
      });
    }
    throw DomainError.forbidden(msg('customers.quotaExceeded', { limit }), 'VIEW_QUOTA_EXCEEDED');
  }
}
