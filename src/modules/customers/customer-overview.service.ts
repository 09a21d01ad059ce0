import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { findOrFail } from '../../database/find-or-fail';
import { CustomerHistoryService } from './customer-history.service';
import { CustomerOverviewRegistry } from './customer-overview.registry';
import { toCustomerListItem, toCustomerView } from './customer-view';
import { Customer } from './entities/customer.entity';
import { ViewQuotaService } from './view-quota.service';
import { msg } from '../../common/i18n/msg';

const DIRECT_REFERRALS = 50;

/** The customer 360 view: profile, introducer, referrals, history and the modules' sections. */
@Injectable()
export class CustomerOverviewService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly history: CustomerHistoryService,
    private readonly registry: CustomerOverviewRegistry,
    private readonly quota: ViewQuotaService,
    private readonly audit: AuditService,
    private readonly calendar: BusinessCalendar,
  ) {}

  async overview(principal: Principal, id: number) {
    const customer = await findOrFail(
      this.customers,
      Customer,
      { id, deletedAt: IsNull() },
      msg('entities.customer'),
      {
        shownId: id,
        relations: { owner: true, introducer: true },
      },
    );
    await this.quota.consume(principal);
    const today = this.calendar.today().date;
    const [referrals, referralCount, history] = await Promise.all([
      this.customers.find({
        where: { introducerId: id },
        relations: { owner: true },
        order: { createdAt: 'ASC', id: 'ASC' },
        take: DIRECT_REFERRALS,
      }),
      this.customers.count({ where: { introducerId: id } }),
      this.history.recent(this.customers.manager, id),
    ]);
    const sections: Record<string, unknown> = {};
    for (const section of this.registry.all())
      sections[section.key] = await section.load(id, principal);
    await this.audit.record({
      action: 'customer.view',
      entityType: 'Customer',
      entityId: id,
      meta: { overview: true },
    });
    return {
      profile: toCustomerView(customer, today),
      referrals: {
        total: referralCount,
        customers: referrals.map((child) => toCustomerListItem(child, today)),
      },
      statusHistory: history,
      sections,
    };
  }
}
