import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, ObjectLiteral, Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../common/errors/domain-error';
import { CustomerTotal, CustomerTotals } from './customer-totals';
import { TotalCache } from '../../common/pagination/total-cache';
import type { Page } from '../../common/pagination/page';
import { describeCustomerFilter } from './customer-filter-audit';
import { EQUAL_FILTERS } from './customer-filter-query';
import { OffLoopReader } from '../../database/off-loop-reader';
import { CUSTOMER_LIST_COUNT } from './customer-list-count.query';
import { CUSTOMER_LIST_PAGE, CustomerListShape } from './customer-list-page.query';
import type { SearchPath } from './customer-search-path';
import {
  CUSTOMER_SEARCH_MATCHES,
  SEARCH_MATCHES_READ,
  SEARCH_TOTAL_CAP,
} from './customer-search-matches.query';
import { CUSTOMER_SEARCH_PROBE, TERMS_READ_FIRST } from './customer-search-probe.query';
import { PhoneDigits, rangesFor } from './customer-search-terms';
import { SearchText } from './customer-search-text';
import { toCustomerListItem, CustomerListItem } from './customer-view';
import { CustomersService } from './customers.service';
import type { CustomerQueryDto } from './dto/customer-query.dto';
import { Customer } from './entities/customer.entity';
import { ViewQuotaService } from './view-quota.service';
import { msg } from '../../common/i18n/msg';

const REFERRALS_PER_LEVEL = 500;

/** Lists, searches and referral trees of the customer base: one page or one level at a time. */
@Injectable()
export class CustomerQueryService {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly service: CustomersService,
    private readonly quota: ViewQuotaService,
    private readonly audit: AuditService,
    private readonly totals: CustomerTotals,
    private readonly calendar: BusinessCalendar,
    private readonly reader: OffLoopReader,
  ) {}

  /**
   * Each term's search path, for a minute: how common a term is changes slowly, and a path
   * that is out of date costs some speed, never a wrong answer.
   */
  private readonly paths = new TotalCache<SearchPath>(60_000);

  /**
   * One page of the list: counts against the daily quota like a detail view, once the
   * filters and the order are known to be valid.
   */
  async list(principal: Principal, filter: CustomerQueryDto): Promise<Page<CustomerListItem>> {
    this.assertMayList(principal, filter);
    const values = this.filterValues(principal, filter);
    const path = await this.searchPath(values);
    const shape = { filter, values, path };
    // Built (or found) before the quota counts: an unknown sort is refused for nothing.
    const pageQuery = CUSTOMER_LIST_PAGE.on(this.customers.manager.connection, shape);
    await this.quota.consume(principal);
    const today = this.calendar.today().date;
    const [rows, { total, capped }] = await Promise.all([
      // A search's page costs up to a few milliseconds (ordering two thousand customers of a
      // term of middling frequency, or walking far for a deep page of a common one): it runs
      // where it cannot hold up other requests. A list without a search reads an index.
      path ? this.reader.rows(pageQuery, values) : pageQuery.rows(this.customers.manager, values),
      this.total(filter, shape),
    ]);
    const page: Page<CustomerListItem> = {
      items: rows.map((customer) => toCustomerListItem(customer, today)),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
    if (path === 'from-customers') page.totalCapped = capped;
    await this.audit.record({
      action: 'customer.list',
      entityType: 'Customer',
      meta: {
        filter: describeCustomerFilter(filter),
        page: filter.page,
        returned: page.items.length,
        total: page.total,
        ...(page.totalCapped ? { totalCapped: true } : {}),
      },
    });
    return page;
  }

  /**
   * How a search reaches its customers (customer-search-path.ts): by a bounded count of the
   * index terms that match. Undefined without a search.
   */
  async searchPath(values: ObjectLiteral): Promise<SearchPath | undefined> {
    if (!('from0' in values)) return undefined;
    let ranges = 0;
    while (`from${ranges}` in values) ranges += 1;
    const terms = Array.from({ length: ranges }, (_, i) => [values[`from${i}`], values[`to${i}`]]);
    return this.paths.get(JSON.stringify(terms), async () => {
      const probe = CUSTOMER_SEARCH_PROBE.on(this.customers.manager.connection, { ranges });
      const matching = (await probe.one(this.customers.manager, values)) ?? 0;
      return matching > TERMS_READ_FIRST ? 'from-customers' : 'from-terms';
    });
  }

  /**
   * The list's total, kept for a few seconds (CustomerTotals). A common search counts its
   * customers only up to SEARCH_TOTAL_CAP (+1 to tell "more than"), from a bounded read of
   * its matching terms; every other list counts exactly, at a cost bounded by its filters.
   * Keyed by the values too: the same q searches other terms for users who may not reveal
   * phones (phoneDigits), and their total must not be someone else's.
   */
  private total(filter: CustomerQueryDto, shape: CustomerListShape) {
    const { page: _page, pageSize: _size, sort: _sort, ...criteria } = filter;
    const key = JSON.stringify({ ...criteria, ...shape.values, path: shape.path });
    return this.totals.get(key, async (): Promise<CustomerTotal> => {
      if (shape.path === 'from-customers') {
        const matches = await this.reader.rows(
          CUSTOMER_SEARCH_MATCHES.on(this.customers.manager.connection, shape),
          shape.values,
        );
        const customers = new Set(matches.map((match) => match.customerId)).size;
        // Every row read and still not past the cap: a few customers matched by very many
        // terms each. How many is then only a lower bound: "more than" that many.
        const cut = matches.length === SEARCH_MATCHES_READ;
        return {
          total: Math.min(customers, SEARCH_TOTAL_CAP),
          capped: customers > SEARCH_TOTAL_CAP || cut,
        };
      }
      const counting = CUSTOMER_LIST_COUNT.on(this.customers.manager.connection, shape);
      const total = (await this.reader.one(counting, shape.values)) ?? 0;
      return { total, capped: false };
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
   * The named values of a list's or export's conditions (customerFilterQuery writes the conditions).
   * Which names are present decides the query's shape, so that requests with the same
   * filters, whatever their values, share one query.
   */
  filterValues(principal: Principal, filter: CustomerQueryDto): ObjectLiteral {
    return this.filterValuesFor(this.phoneDigits(principal), filter);
  }

  /**
   * filterValues for a user whose phoneDigits are `digits`: a group SMS keeps its creator's
   * and applies their filter later, in a job.
   */
  filterValuesFor(digits: PhoneDigits, filter: Partial<CustomerQueryDto>): ObjectLiteral {
    const values: ObjectLiteral = {};
    if (filter.q) {
      const ranges = rangesFor(filter.q, digits);
      if (!ranges) {
        throw DomainError.badRequest(
          msg('customers.searchTooShort'),
          [{ field: 'q', messages: [msg('customers.searchTooShortDetail')] }],
          'VALIDATION_FAILED',
        );
      }
      ranges.forEach((range, i) => {
        values[`from${i}`] = range.from;
        values[`to${i}`] = range.to;
        values[`like${i}`] = SearchText.pattern(range);
      });
    }
    for (const [field] of EQUAL_FILTERS) {
      if (filter[field] !== undefined) values[field] = filter[field];
    }
    // Names without values of their own: which one is present decides the query's shape.
    if (filter.goldImo === true) values.goldImoMarked = true;
    if (filter.goldImo === false) values.goldImoUnmarked = true;
    if (filter.createdFrom) values.createdFrom = new Date(filter.createdFrom);
    if (filter.createdTo) values.createdTo = new Date(filter.createdTo);
    return values;
  }

  /** Everyone introduced by the customer, level by level, down to `depth`. */
  async referrals(principal: Principal, id: number, depth: number) {
    const root = await this.service.findLive(id);
    await this.quota.consume(principal);
    const today = this.calendar.today().date;
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
      const fresh = children
        .filter((child) => !child.deletedAt && !seen.has(child.id))
        .slice(0, REFERRALS_PER_LEVEL);
      if (!fresh.length) break;
      fresh.forEach((child) => seen.add(child.id));
      levels.push({
        level,
        customers: fresh.map((child) => toCustomerListItem(child, today)),
        truncated: children.length > REFERRALS_PER_LEVEL,
      });
      parents = fresh.map((child) => child.id);
    }
    await this.audit.record({
      action: 'customer.referrals',
      entityType: 'Customer',
      entityId: id,
      meta: { depth },
    });
    return {
      customer: { id: root.id, code: root.code, name: root.name },
      total: levels.reduce((sum, level) => sum + level.customers.length, 0),
      levels,
    };
  }
}
