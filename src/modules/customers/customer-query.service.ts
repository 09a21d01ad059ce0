import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { readRawPage } from '../../common/pagination/read-raw-page';
import { rawColumn } from '../../database/raw-column';
import { CustomerTotals } from './customer-totals';
import type { Page } from '../../common/pagination/page';
import { describeCustomerFilter } from './customer-filter-audit';
import { rangesFor } from './customer-search-terms';
import { toCustomerListItem, CustomerListItem } from './customer-view';
import { CustomersService } from './customers.service';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { Customer } from './entities/customer.entity';
import { ViewQuotaService } from './view-quota.service';

const SORTABLE = { createdAt: 'c.createdAt', updatedAt: 'c.updatedAt', code: 'c.code', name: 'c.name' };

const REFERRALS_PER_LEVEL = 500;

/**
 * What a list row shows (toCustomerListItem), and nothing else: fewer columns to read and map,
 * and no owner's account data (password hash included) loaded just to print a name.
 */
const LIST_FIELDS = [
  'c.id',
  'c.code',
  'c.name',
  'c.gender',
  'c.birthday',
  'c.mobile',
  'c.category',
  'c.stage',
  'c.level',
  'c.statusTag',
  'c.cityCode',
  'c.createdAt',
  'owner.id',
  'owner.displayName',
];

/** Lists, searches and referral trees of the customer base: one page or one level at a time. */
@Injectable()
export class CustomerQueryService {
  private listReader?: (raw: Record<string, unknown>) => Customer;

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly service: CustomersService,
    private readonly quota: ViewQuotaService,
    private readonly audit: AuditService,
    private readonly totals: CustomerTotals,
  ) {}

  /** One page of the list: counts against the daily quota like a detail view. */
  async list(principal: Principal, filter: CustomerQueryDto): Promise<Page<CustomerListItem>> {
    this.assertMayList(principal, filter);
    const query = this.filtered(filter).select(LIST_FIELDS);
    await this.quota.consume(principal);
    const today = this.service.today();
    const { page: _page, pageSize: _size, sort: _sort, ...criteria } = filter;
    const count = () =>
      this.totals.get(JSON.stringify(criteria), async () => {
        const counting = this.filtered(filter, false).select('COUNT(*)', 'total');
        return Number((await counting.getRawOne<{ total: number | string }>())?.total ?? 0);
      });
    const fromRaw = this.listRowReader(query);
    const page = await readRawPage(query, filter, SORTABLE, '-createdAt', (raw) => toCustomerListItem(fromRaw(raw), today), count);
    await this.audit.record({
      action: 'customer.list',
      entityType: 'Customer',
      meta: { filter: describeCustomerFilter(filter), page: filter.page, returned: page.items.length, total: page.total },
    });
    return page;
  }

  /**
   * Makes the customer a list row needs from a raw row of the list query: the list is the
   * busiest read, and TypeORM's entity building cost more than the query. Every list query
   * has the same aliases, so the reader is worked out once.
   */
  private listRowReader(query: SelectQueryBuilder<Customer>): (raw: Record<string, unknown>) => Customer {
    if (this.listReader) return this.listReader;
    const fields = LIST_FIELDS.filter((field) => field.startsWith('c.')).map((field) => [field.slice(2), rawColumn(query, 'c', field.slice(2))] as const);
    const ownerId = rawColumn(query, 'owner', 'id');
    const ownerName = rawColumn(query, 'owner', 'displayName');
    this.listReader = (raw) => {
      const customer: Record<string, unknown> = {};
      for (const [property, read] of fields) customer[property] = read(raw);
      const owner = ownerId(raw);
      customer.owner = owner === null ? null : { id: Number(owner), displayName: ownerName(raw) };
      return customer as unknown as Customer;
    };
    return this.listReader;
  }

  /** Lists and exports follow one rule: only those who may restore see the deleted. */
  assertMayList(principal: Principal, filter: CustomerQueryDto): void {
    if (filter.deleted && !principal.ability.can('restore', 'Customer')) {
      throw DomainError.forbidden('Only managers may list deleted customers.', 'FORBIDDEN');
    }
  }

  /**
   * The query of a list or export, from its filters. `q` goes through the search index
   * (customer-search-terms.ts); every other filter is a plain indexed condition.
   */
  filtered(filter: CustomerQueryDto, withOwner = true): SelectQueryBuilder<Customer> {
    const query = this.customers.createQueryBuilder('c');
    if (withOwner) query.leftJoinAndSelect('c.owner', 'owner');
    query.where(filter.deleted ? 'c.deletedAt IS NOT NULL' : 'c.deletedAt IS NULL');
    if (filter.q) {
      const ranges = rangesFor(filter.q);
      if (!ranges) {
        throw DomainError.badRequest('Search by at least 4 digits of a phone number, or by a name, pinyin or code.', [
          { field: 'q', messages: ['too short to search by'] },
        ], 'VALIDATION_FAILED');
      }
      const terms = query
        .subQuery()
        .select('t.customerId')
        .from(CustomerSearchTerm, 't')
        .where(
          new Brackets((or) => {
            ranges.forEach((range, i) => or.orWhere(`t.term BETWEEN :from${i} AND :to${i}`, { [`from${i}`]: range.from, [`to${i}`]: range.to }));
          }),
        );
      query.andWhere(`c.id IN ${terms.getQuery()}`).setParameters(terms.getParameters());
    }
    const equal: [keyof CustomerQueryDto, string][] = [
      ['category', 'c.category'],
      ['stage', 'c.stage'],
      ['statusTag', 'c.statusTag'],
      ['level', 'c.level'],
      ['ownerId', 'c.ownerId'],
      ['provinceCode', 'c.provinceCode'],
      ['cityCode', 'c.cityCode'],
      ['source', 'c.source'],
      ['introducerId', 'c.introducerId'],
    ];
    for (const [field, column] of equal) {
      if (filter[field] !== undefined) query.andWhere(`${column} = :${field}`, { [field]: filter[field] });
    }
    if (filter.createdFrom) query.andWhere('c.createdAt >= :createdFrom', { createdFrom: new Date(filter.createdFrom) });
    if (filter.createdTo) query.andWhere('c.createdAt < :createdTo', { createdTo: new Date(filter.createdTo) });
    return query;
  }

  /** Everyone introduced by the customer, level by level, down to `depth`. */
  async referrals(principal: Principal, id: number, depth: number) {
    await this.quota.consume(principal);
    const root = await this.service.findLive(id);
    const today = this.service.today();
    const levels: { level: number; customers: CustomerListItem[]; truncated: boolean }[] = [];
    const seen = new Set<number>([root.id]);
    let parents = [root.id];
    for (let level = 1; level <= depth && parents.length; level += 1) {
      const children = await this.customers.find({
        where: { introducerId: In(parents) },
        relations: { owner: true },
        order: { createdAt: 'ASC', id: 'ASC' },
        take: REFERRALS_PER_LEVEL + 1,
      });
      const fresh = children.filter((child) => !child.deletedAt && !seen.has(child.id)).slice(0, REFERRALS_PER_LEVEL);
      if (!fresh.length) break;
      fresh.forEach((child) => seen.add(child.id));
      levels.push({ level, customers: fresh.map((child) => toCustomerListItem(child, today)), truncated: children.length > REFERRALS_PER_LEVEL });
      parents = fresh.map((child) => child.id);
    }
    await this.audit.record({ action: 'customer.referrals', entityType: 'Customer', entityId: id, meta: { depth } });
    return {
      customer: { id: root.id, code: root.code, name: root.name },
      total: levels.reduce((sum, level) => sum + level.customers.length, 0),
      levels,
    };
  }
}
