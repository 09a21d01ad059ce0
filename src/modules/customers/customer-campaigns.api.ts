import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import type { CampaignRecipient } from './campaign-recipient';
import { CUSTOMER_CAMPAIGN_BATCH } from './customer-campaign-batch.query';
import { CustomerQueryService } from './customer-query.service';
import type { PhoneDigits } from './customer-search-terms';
import { CustomersService } from './customers.service';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import { Customer } from './entities/customer.entity';

/** The customer list's filters without paging, as a group SMS keeps them. */
export type CustomerFilter = Omit<CustomerQueryDto, 'page' | 'pageSize' | 'sort' | 'deleted'>;

/**
 * The customers module's door for group SMS (§1.2 j): whom a campaign reaches, by the list's
 * own filters and rules, and the customer's marketing opt-out. Beside CustomersApi, which
 * serves the modules that work with single customers.
 */
@Injectable()
export class CustomerCampaignsApi {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly query: CustomerQueryService,
    private readonly service: CustomersService,
    private readonly audit: AuditService,
  ) {}

  /** Which phone digits this user's searches may match (the list's rule). */
  phoneDigits(...args: Parameters<CustomerQueryService['phoneDigits']>): PhoneDigits {
    return this.query.phoneDigits(...args);
  }

  /** Checks a filter as the list would (a search too short is the list's 400). */
  checkFilter(filter: CustomerFilter, digits: PhoneDigits): void {
    this.query.filterValuesFor(digits, filter);
  }

  /**
   * One keyset page (ids after `after`) of the live customers the customer list shows with
   * `filter` to a user whose searches match `digits`: the list's conditions, read by the
   * export's path, so that a group SMS reaches no one its creator's list would not show.
   */
  async page(
    filter: CustomerFilter,
    digits: PhoneDigits,
    after: number,
  ): Promise<CampaignRecipient[]> {
    const values = this.query.filterValuesFor(digits, filter);
    const path = await this.query.searchPath(values);
    const shape = { filter: filter as CustomerQueryDto, values, path };
    const rows = await CUSTOMER_CAMPAIGN_BATCH.on(this.customers.manager.connection, shape).rows(
      undefined,
      { ...values, after },
    );
    return rows.map(toCampaignRecipient);
  }

  /** The same of customers named by id (a class's roster), by id; unknown ids are left out. */
  async byIds(ids: number[]): Promise<CampaignRecipient[]> {
    if (ids.length === 0) return [];
    const rows = await this.customers.find({
      select: {
        id: true,
        name: true,
        mobile: true,
        care: true,
        marketingOptOut: true,
        erasedAt: true,
        deletedAt: true,
      },
      where: { id: In(ids) },
      order: { id: 'ASC' },
    });
    return rows.map(toCampaignRecipient);
  }

  /**
   * The customer's own "no marketing texts" (group SMS), audited. Care texts have their own
   * switch (care.smsOptOut), which keeps marketing away too. The version stays: an open edit
   * of the profile is not overtaken by it.
   */
  async setMarketingOptOut(
    id: number,
    optOut: boolean,
  ): Promise<{ id: number; code: string; marketingOptOut: boolean }> {
    const customer = await this.service.findLive(id);
    if (customer.erasedAt) throw DomainError.conflict(msg('customers.erasedNoChange'), 'ERASED');
    if (customer.marketingOptOut !== optOut) {
      await this.customers.manager.transaction(async (m) => {
        await m
          .createQueryBuilder()
          .update(Customer)
          .set({ marketingOptOut: optOut, version: () => 'version', updatedAt: () => 'updated_at' })
          .where('id = :id', { id })
          .execute();
        await this.audit.record(
          {
            action: 'customer.update',
            entityType: 'Customer',
            entityId: id,
            before: { marketingOptOut: customer.marketingOptOut },
            after: { marketingOptOut: optOut },
            meta: { via: 'marketing-opt-out' },
          },
          m,
        );
      });
    }
    return { id, code: customer.code, marketingOptOut: optOut };
  }
}

function toCampaignRecipient(c: Customer): CampaignRecipient {
  return {
    id: Number(c.id),
    name: c.name,
    mobile: c.mobile,
    gone: Boolean(c.erasedAt || c.deletedAt),
    optedOut: Boolean(c.marketingOptOut) || c.care?.smsOptOut === true,
  };
}
