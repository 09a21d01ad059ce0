import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import { figuresByUser } from '../reports/figures-by-user';
import type { StaffFigureSource } from '../reports/staff-figure-source';
import { StaffFigureRegistry } from '../reports/staff-figure.registry';
import { Receivable } from './entities/receivable.entity';

/** 付清学费: the students each coordinator enrolled whose fee was first paid in full in the period. */
@Contributes(StaffFigureRegistry)
export class PaidInFullFigure implements StaffFigureSource {
  readonly key = 'paidInFull';
  readonly label = 'reports.staff.paidInFull' as const;
  readonly kind = 'count' as const;
  readonly order = 50;

  constructor(@InjectRepository(Receivable) private readonly receivables: Repository<Receivable>) {}

  figures(start: Date, end: Date, userId?: number): Promise<Map<number, number>> {
    const query = this.receivables
      .createQueryBuilder('r')
      .where('r.paidInFullAt >= :start AND r.paidInFullAt < :end', { start, end });
    return figuresByUser(query, 'r.coordinatorId', 'COUNT(*)', userId);
  }
}
