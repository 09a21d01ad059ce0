import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import { figuresByUser } from '../reports/figures-by-user';
import type { StaffFigureSource } from '../reports/staff-figure-source';
import { StaffFigureRegistry } from '../reports/staff-figure.registry';
import { Plan } from './entities/plan.entity';

/** 完成计划: the plans each person completed in the period. */
@Contributes(StaffFigureRegistry)
export class CompletedPlansFigure implements StaffFigureSource {
  readonly key = 'completedPlans';
  readonly label = 'reports.staff.completedPlans' as const;
  readonly kind = 'count' as const;
  readonly order = 30;

  constructor(@InjectRepository(Plan) private readonly plans: Repository<Plan>) {}

  figures(start: Date, end: Date, userId?: number): Promise<Map<number, number>> {
    const query = this.plans
      .createQueryBuilder('p')
      .where("p.status = 'done'")
      .andWhere('p.completedAt >= :start AND p.completedAt < :end', { start, end });
    return figuresByUser(query, 'p.completedById', 'COUNT(*)', userId);
  }
}
