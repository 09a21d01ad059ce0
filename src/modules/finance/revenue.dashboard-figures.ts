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
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { RECEIVABLE_PEOPLE } from './receivable-people';

/**
 * 收入: the money received in each period, net: payments less their reversals and the refunds
 * paid out, by when the money changed hands (the ledger's `paidAt`, indexed). Within the money
 * the reader may see (RecordScope.forMoney: a coordinator, the students they enrolled).
 */
@Contributes(DashboardFigureRegistry)
export class RevenueDashboardFigures implements DashboardFigureSource {
  readonly key = 'revenue';
  readonly ability = ['read', 'Receivable'] as const;

  constructor(@InjectRepository(LedgerEntry) private readonly ledger: Repository<LedgerEntry>) {}

  async figures(principal: Principal, periods: DashboardPeriods): Promise<DashboardFigure[]> {
    const [current, previous] = await Promise.all([
      this.net(principal, periods.current),
      this.net(principal, periods.previous),
    ]);
    return [
      {
        key: 'revenue',
        label: msg('reports.dashboard.revenue'),
        section: 'figures',
        kind: 'fen',
        order: 30,
        current,
        previous,
      },
    ];
  }

  private async net(principal: Principal, period: InstantRange): Promise<number> {
    const query = this.ledger
      .createQueryBuilder('l')
      .innerJoin(Receivable, 'r', 'r.id = l.receivableId')
      .where("l.kind IN ('payment', 'reversal', 'refund')")
      .andWhere('l.paidAt >= :start AND l.paidAt < :end', period)
      .select(
        "COALESCE(SUM(CASE WHEN l.kind = 'payment' THEN l.amountFen ELSE 0 - l.amountFen END), 0)",
        'fen',
      );
    RecordScope.forMoney(principal).where(query, 'r', RECEIVABLE_PEOPLE);
    const row = await query.getRawOne<{ fen: number | string }>();
    return Number(row?.fen ?? 0);
  }
}
