import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import type { InstantRange } from '../../common/calendar/business-day';
import { msg } from '../../common/i18n/msg';
import { Contributes } from '../../common/registry/contributes.decorator';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { DashboardFigure } from '../reports/dashboard-figure';
import type { DashboardFigureSource } from '../reports/dashboard-figure-source';
import { DashboardFigureRegistry } from '../reports/dashboard-figure.registry';
import type { DashboardPeriods } from '../reports/dashboard-periods';
import { Customer } from './entities/customer.entity';

/** Whose customers they are, for the record scope (as the customer reports). */
const CUSTOMER_OWNER = { owner: 'ownerId' } as const;

/** A customer in this status is already lost: no longer a risk to watch. */
const LOST_STATUS = 'lost';

/**
 * The customers' figures on the dashboard, over live customers (neither deleted nor erased)
 * the reader follows (everyone's for those who monitor): new customers in each period; those
 * at risk now, not contacted since `silentSince` (never contacted: added before it) and not
 * already lost; and how many are in each status tag now (the status funnel).
 */
@Contributes(DashboardFigureRegistry)
export class CustomersDashboardFigures implements DashboardFigureSource {
  readonly key = 'customers';
  readonly ability = ['read', 'Customer'] as const;

  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    private readonly dictionary: DictionaryService,
  ) {}

  async figures(principal: Principal, periods: DashboardPeriods): Promise<DashboardFigure[]> {
    const [current, previous, silent, statuses] = await Promise.all([
      this.added(principal, periods.current),
      this.added(principal, periods.previous),
      this.silent(principal, periods.silentSince),
      this.byStatus(principal),
    ]);
    const labels = await this.dictionary.labels('customer_status');
    return [
      {
        key: 'newCustomers',
        label: msg('reports.dashboard.newCustomers'),
        section: 'figures',
        kind: 'count',
        order: 10,
        current,
        previous,
      },
      {
        key: 'silentCustomers',
        label: msg('reports.dashboard.silentCustomers'),
        section: 'figures',
        kind: 'count',
        order: 50,
        current: silent,
        previous: null,
      },
      ...statuses.map(([status, count], i): DashboardFigure => ({
        key: `status.${status ?? 'none'}`,
        label: status === null ? msg('reports.dashboard.noStatus') : (labels.get(status) ?? status),
        section: 'statusFunnel',
        kind: 'count',
        order: i,
        current: count,
        previous: null,
      })),
    ];
  }

  private live(principal: Principal) {
    const query = this.customers
      .createQueryBuilder('c')
      .where('c.deletedAt IS NULL')
      .andWhere('c.erasedAt IS NULL');
    return RecordScope.of(principal).where(query, 'c', CUSTOMER_OWNER);
  }

  private async added(principal: Principal, period: InstantRange): Promise<number> {
    const row = await this.live(principal)
      .andWhere('c.createdAt >= :start AND c.createdAt < :end', period)
      .select('COUNT(*)', 'n')
      .getRawOne<{ n: number | string }>();
    return Number(row?.n ?? 0);
  }

  private async silent(principal: Principal, since: Date): Promise<number> {
    const row = await this.live(principal)
      .andWhere('(c.statusTag IS NULL OR c.statusTag <> :lost)', { lost: LOST_STATUS })
      .andWhere(
        '(c.lastContactAt < :since OR (c.lastContactAt IS NULL AND c.createdAt < :since))',
        { since },
      )
      .select('COUNT(*)', 'n')
      .getRawOne<{ n: number | string }>();
    return Number(row?.n ?? 0);
  }

  /** [status tag, customers] now, the most first; no status last. */
  private async byStatus(principal: Principal): Promise<[string | null, number][]> {
    const rows = await this.live(principal)
      .select('c.statusTag', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('c.statusTag')
      .getRawMany<{ status: string | null; n: number | string }>();
    return rows
      .map((row): [string | null, number] => [row.status ?? null, Number(row.n)])
      .sort(
        (a, b) =>
          Number(a[0] === null) - Number(b[0] === null) ||
          b[1] - a[1] ||
          String(a[0]).localeCompare(String(b[0])),
      );
  }
}
