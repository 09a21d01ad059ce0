import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { orderPage } from '../../common/pagination/order-page';
import { NamedStatement } from '../../database/named-statement';
import { rawRowReader } from '../../database/raw-row-reader';
import { StatementCache } from '../../database/statement-cache';
import { CustomerTotals } from './customer-totals';
import type { Page } from '../../common/pagination/page';
import { describeCustomerFilter } from './customer-filter-audit';
import { PhoneDigits, rangesFor } from './customer-search-terms';
import { toCustomerListItem, CustomerListItem } from './customer-view';
import { CustomersService } from './customers.service';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import { CustomerSearchTerm } from './entities/customer-search-term.entity';
import { Customer } from './entities/customer.entity';
import { ViewQuotaService } from './view-quota.service';
import { msg } from '../../common/i18n/msg';

/** Filters that are one column equal to the value, by the name the API gives them. */
const EQUAL_FILTERS: readonly (readonly [keyof CustomerQueryDto, string])[] = [
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
  private readonly pageQueries = new StatementCache<{ statement: NamedStatement; read: (raw: Record<string, unknown>) => Customer }>();

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly service: CustomersService,
    private readonly quota: ViewQuotaService,
    private readonly audit: AuditService,
    private readonly totals: CustomerTotals,
  ) {}

  /**
   * One page of the list: counts against the daily quota like a detail view, once the
   * filters and the order are known to be valid.
   */
  async list(principal: Principal, filter: CustomerQueryDto): Promise<Page<CustomerListItem>> {
    this.assertMayList(principal, filter);
    const values = this.filterValues(principal, filter);
    const { statement, read } = this.pageQuery(principal, filter, values);
    await this.quota.consume(principal);
    const today = this.service.today();
    const { page: _page, pageSize: _size, sort: _sort, ...criteria } = filter;
    // Keyed by the values too: the same q searches other terms for users who may not reveal
    // phones (phoneDigits), and their total must not be someone else's.
    const count = () =>
      this.totals.get(JSON.stringify({ ...criteria, ...values }), async () => {
        const counting = this.filtered(principal, filter, false, values).select('COUNT(*)', 'total');
        return Number((await counting.getRawOne<{ total: number | string }>())?.total ?? 0);
      });
    const [rows, total] = await Promise.all([statement.rows(values), count()]);
    const page = { items: rows.map((raw) => toCustomerListItem(read(raw), today)), total, page: filter.page, pageSize: filter.pageSize };
    await this.audit.record({
      action: 'customer.list',
      entityType: 'Customer',
      meta: { filter: describeCustomerFilter(filter), page: filter.page, returned: page.items.length, total: page.total },
    });
    return page;
  }

  /**
   * The list's page query, built once per shape: the list is the busiest read, and building
   * the query and TypeORM's entity building cost more than the database's work. The shape is
   * which conditions apply (the names of their values), the order and the page.
   */
  private pageQuery(principal: Principal, filter: CustomerQueryDto, values: ObjectLiteral) {
    const shape = [filter.deleted ? 'deleted' : 'live', Object.keys(values).join(','), filter.sort ?? '', filter.page, filter.pageSize].join('|');
    return this.pageQueries.get(shape, () => {
      const query = this.filtered(principal, filter, true, values).select(LIST_FIELDS);
      orderPage(query, filter, SORTABLE, '-createdAt');
      return { statement: new NamedStatement(this.customers.manager.connection, query.getQuery()), read: rawRowReader<Customer>(query, LIST_FIELDS) };
    });
  }

  /** Lists and exports follow one rule: only those who may restore see the deleted. */
  assertMayList(principal: Principal, filter: CustomerQueryDto): void {
    if (filter.deleted && !principal.ability.can('restore', 'Customer')) {
      throw DomainError.forbidden(msg('customers.deletedListForbidden'), 'FORBIDDEN');
    }
  }

  /**
   * Which phone digits the user's searches may match: a user who may not reveal phones finds
   * a number only by the digits its mask shows or by the whole number, on every path that
   * filters customers (list, count, export), so that no search narrows a hidden digit.
   */
  phoneDigits(principal: Principal): PhoneDigits {
    return principal.ability.can('revealPhone', 'Customer') ? 'all' : 'shown';
  }

  /**
   * The named values of a list's or export's conditions (filtered() writes the conditions).
   * Which names are present decides the query's shape, so that requests with the same
   * filters, whatever their values, share one query.
   */
  filterValues(principal: Principal, filter: CustomerQueryDto): ObjectLiteral {
    const values: ObjectLiteral = {};
    if (filter.q) {
      const ranges = rangesFor(filter.q, this.phoneDigits(principal));
      if (!ranges) {
        throw DomainError.badRequest(msg('customers.searchTooShort'), [
          { field: 'q', messages: [msg('customers.searchTooShortDetail')] },
        ], 'VALIDATION_FAILED');
      }
      ranges.forEach((range, i) => {
        values[`from${i}`] = range.from;
        values[`to${i}`] = range.to;
      });
    }
    for (const [field] of EQUAL_FILTERS) {
      if (filter[field] !== undefined) values[field] = filter[field];
    }
    if (filter.createdFrom) values.createdFrom = new Date(filter.createdFrom);
    if (filter.createdTo) values.createdTo = new Date(filter.createdTo);
    return values;
  }

  /**
   * The query of a list or export, from its filters. `q` goes through the search index
   * (customer-search-terms.ts); every other filter is a plain indexed condition.
   */
  filtered(
    principal: Principal,
    filter: CustomerQueryDto,
    withOwner = true,
    values = this.filterValues(principal, filter),
  ): SelectQueryBuilder<Customer> {
    const query = this.customers.createQueryBuilder('c');
    if (withOwner) query.leftJoinAndSelect('c.owner', 'owner');
    query.where(filter.deleted ? 'c.deletedAt IS NOT NULL' : 'c.deletedAt IS NULL');
    if ('from0' in values) {
      const terms = query
        .subQuery()
        .select('t.customerId')
        .from(CustomerSearchTerm, 't')
        .where(
          new Brackets((or) => {
            for (let i = 0; `from${i}` in values; i += 1) or.orWhere(`t.term BETWEEN :from${i} AND :to${i}`);
          }),
        );
      query.andWhere(`c.id IN ${terms.getQuery()}`);
    }
    for (const [field, column] of EQUAL_FILTERS) {
      if (field in values) query.andWhere(`${column} = :${field}`);
    }
    if ('createdFrom' in values) query.andWhere('c.createdAt >= :createdFrom');
    if ('createdTo' in values) query.andWhere('c.createdAt < :createdTo');
    return query.setParameters(values);
  }

  /** Everyone introduced by the customer, level by level, down to `depth`. */
  async referrals(principal: Principal, id: number, depth: number) {
    const root = await this.service.findLive(id);
    await this.quota.consume(principal);
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
