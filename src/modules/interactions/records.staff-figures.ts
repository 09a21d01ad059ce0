import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import { figuresByUser } from '../reports/figures-by-user';
import type { StaffFigureSource } from '../reports/staff-figure-source';
import { StaffFigureRegistry } from '../reports/staff-figure.registry';
import { Interaction } from './entities/interaction.entity';

/** 沟通记录: the records of contacts each person made in the period. */
@Contributes(StaffFigureRegistry)
export class RecordsFigure implements StaffFigureSource {
  readonly key = 'records';
  readonly label = 'reports.staff.records' as const;
  readonly kind = 'count' as const;
  readonly order = 20;

  constructor(
    @InjectRepository(Interaction) private readonly interactions: Repository<Interaction>,
  ) {}

  figures(start: Date, end: Date, userId?: number): Promise<Map<number, number>> {
    const query = this.interactions
      .createQueryBuilder('i')
      .where('i.occurredAt >= :start AND i.occurredAt < :end', { start, end });
    return figuresByUser(query, 'i.staffId', 'COUNT(*)', userId);
  }
}
