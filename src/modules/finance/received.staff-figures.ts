import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import { figuresByUser } from '../reports/figures-by-user';
import type { StaffFigureSource } from '../reports/staff-figure-source';
import { StaffFigureRegistry } from '../reports/staff-figure.registry';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';

/**
 * 回款金额: the money received in the period (payments less their reversals, by the time paid)
 * from the students each coordinator enrolled.
 */
@Contributes(StaffFigureRegistry)
export class ReceivedFigure implements StaffFigureSource {
  readonly key = 'received';
  readonly label = 'reports.staff.received' as const;
  readonly kind = 'fen' as const;
  readonly order = 60;

  constructor(@InjectRepository(LedgerEntry) private readonly ledger: Repository<LedgerEntry>) {}

  figures(start: Date, end: Date, userId?: number): Promise<Map<number, number>> {
    const query = this.ledger
      .createQueryBuilder('l')
      .innerJoin(Receivable, 'r', 'r.id = l.receivableId')
      .where("l.kind IN ('payment', 'reversal')")
      .andWhere('l.paidAt >= :start AND l.paidAt < :end', { start, end });
    return figuresByUser(
      query,
      'r.coordinatorId',
      "COALESCE(SUM(CASE WHEN l.kind = 'payment' THEN l.amountFen ELSE 0 - l.amountFen END), 0)",
      userId,
    );
  }
}
