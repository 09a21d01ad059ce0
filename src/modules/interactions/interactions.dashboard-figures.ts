import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import type { InstantRange } from '../../common/calendar/business-day';
import { msg } from '../../common/i18n/msg';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { DashboardFigure } from '../reports/dashboard-figure';
import type { DashboardFigureSource } from '../reports/dashboard-figure-source';
import { DashboardFigureRegistry } from '../reports/dashboard-figure.registry';
import type { DashboardPeriods } from '../reports/dashboard-periods';
import { Interaction } from './entities/interaction.entity';
import { RECORD_PEOPLE } from './record-people';

/** The most time marks a period is cut into to measure the time between contacts. */
const MARKS = 48;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * 平均联系间隔: the average days between consecutive records of the same customer in the
 * period, over the customers with two records or more there: a customer's records from the
 * first to the last span (last − first) with (records − 1) gaps, so the average gap of all is
 * Σ(last − first) / Σ(records − 1).
 *
 * Subtracting times is dialect SQL (julianday, EXTRACT(EPOCH), DATEDIFF), so the spans are
 * measured portably: the period is cut by up to MARKS evenly spaced marks (whole hours apart)
 * and a customer's span is the marks between their first and last record (compared with
 * bound parameters), times the spacing. Each span is off by less than one spacing either way
 * (a few hours in a month), and the errors do not lean one way, so the average holds; all of
 * it counted in one grouped query, no record read into memory. In the reader's record scope
 * (a coordinator: the contacts they had).
 */
@Contributes(DashboardFigureRegistry)
export class InteractionsDashboardFigures implements DashboardFigureSource {
  readonly key = 'interactions';
  readonly ability = ['read', 'Interaction'] as const;

  constructor(
    @InjectRepository(Interaction) private readonly interactions: Repository<Interaction>,
  ) {}

  async figures(principal: Principal, periods: DashboardPeriods): Promise<DashboardFigure[]> {
    const [current, previous] = await Promise.all([
      this.averageGapDays(principal, periods.current),
      this.averageGapDays(principal, periods.previous),
    ]);
    return [
      {
        key: 'contactInterval',
        label: msg('reports.dashboard.contactInterval'),
        section: 'figures',
        kind: 'days',
        order: 40,
        current,
        previous,
      },
    ];
  }

  private async averageGapDays(principal: Principal, period: InstantRange): Promise<number | null> {
    const spans = RecordScope.of(principal)
      .where(this.interactions.createQueryBuilder('i'), 'i', RECORD_PEOPLE)
      .select('i.customerId', 'customer_id')
      .addSelect('MIN(i.occurredAt)', 'first_at')
      .addSelect('MAX(i.occurredAt)', 'last_at')
      .addSelect('COUNT(*)', 'records')
      .andWhere('i.occurredAt >= :start AND i.occurredAt < :end', period)
      .groupBy('i.customerId')
      .having('COUNT(*) > 1');
    const length = period.end.getTime() - period.start.getTime();
    const spacing = Math.max(1, Math.ceil(length / HOUR_MS / MARKS)) * HOUR_MS;
    const marks: Date[] = [];
    for (let at = period.start.getTime() + spacing; at < period.end.getTime(); at += spacing)
      marks.push(new Date(at));
    const crossed = marks.length
      ? marks
          .map(
            (_, j) =>
              `CASE WHEN s.first_at < :mark${j} AND s.last_at >= :mark${j} THEN 1 ELSE 0 END`,
          )
          .join(' + ')
      : '0';
    const row = await this.interactions.manager
      .createQueryBuilder()
      .select('COUNT(*)', 'customers')
      .addSelect('COALESCE(SUM(s.records), 0)', 'records')
      .addSelect(`COALESCE(SUM(${crossed}), 0)`, 'crossed')
      .from(`(${spans.getQuery()})`, 's')
      .setParameters(spans.getParameters())
      .setParameters(Object.fromEntries(marks.map((mark, j) => [`mark${j}`, mark])))
      .getRawOne<{
        customers: number | string;
        records: number | string;
        crossed: number | string;
      }>();
    const gaps = Number(row?.records ?? 0) - Number(row?.customers ?? 0);
    if (gaps <= 0) return null;
    const days = (Number(row?.crossed ?? 0) * spacing) / DAY_MS / gaps;
    return Math.round(days * 10) / 10;
  }
}
