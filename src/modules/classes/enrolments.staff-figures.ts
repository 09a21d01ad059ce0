import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import { figuresByUser } from '../reports/figures-by-user';
import type { StaffFigureSource } from '../reports/staff-figure-source';
import { StaffFigureRegistry } from '../reports/staff-figure.registry';
import { Enrolment } from './entities/enrolment.entity';

/** 报名: the enrolments each coordinator made in the period (refunded later or not). */
@Contributes(StaffFigureRegistry)
export class EnrolmentsFigure implements StaffFigureSource {
  readonly key = 'enrolments';
  readonly label = 'reports.staff.enrolments' as const;
  readonly kind = 'count' as const;
  readonly order = 40;

  constructor(@InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>) {}

  figures(start: Date, end: Date, userId?: number): Promise<Map<number, number>> {
    const query = this.enrolments
      .createQueryBuilder('e')
      .where('e.enrolledAt >= :start AND e.enrolledAt < :end', { start, end });
    return figuresByUser(query, 'e.enrolledById', 'COUNT(*)', userId);
  }
}
