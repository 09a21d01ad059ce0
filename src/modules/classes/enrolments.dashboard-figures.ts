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
import { MAIN_LINE_STAGES } from './course-kind';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';
import { ENTERED_CLASS_SQL } from './entered-stage';
import { Course } from './entities/course.entity';
import { Enrolment } from './entities/enrolment.entity';
import { TrainingClass } from './entities/training-class.entity';

const STAGE_LABELS = {
  1: 'reports.dashboard.stage1',
  2: 'reports.dashboard.stage2',
  3: 'reports.dashboard.stage3',
} as const;

/**
 * The enrolments' figures on the dashboard, in the reader's record scope (a coordinator: the
 * students they enrolled): enrolments made in each period (refunded later or not, as the staff
 * report counts them), and the stage funnel: the customers who entered a class of stage one,
 * two and TA by an enrolment made in the period (not refunded).
 */
@Contributes(DashboardFigureRegistry)
export class EnrolmentsDashboardFigures implements DashboardFigureSource {
  readonly key = 'enrolments';
  readonly ability = ['read', 'Enrolment'] as const;

  constructor(@InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>) {}

  async figures(principal: Principal, periods: DashboardPeriods): Promise<DashboardFigure[]> {
    const [current, previous, stagesNow, stagesBefore] = await Promise.all([
      this.made(principal, periods.current),
      this.made(principal, periods.previous),
      this.enteredStages(principal, periods.current),
      this.enteredStages(principal, periods.previous),
    ]);
    return [
      {
        key: 'enrolments',
        label: msg('reports.dashboard.enrolments'),
        section: 'figures',
        kind: 'count',
        order: 20,
        current,
        previous,
      },
      ...MAIN_LINE_STAGES.map((stage): DashboardFigure => ({
        key: `stage.${stage}`,
        label: msg(STAGE_LABELS[stage]),
        section: 'stageFunnel',
        kind: 'count',
        order: stage,
        current: stagesNow.get(stage) ?? 0,
        previous: stagesBefore.get(stage) ?? 0,
      })),
    ];
  }

  private inPeriod(principal: Principal, period: InstantRange) {
    const query = this.enrolments
      .createQueryBuilder('e')
      .where('e.enrolledAt >= :start AND e.enrolledAt < :end', period);
    return RecordScope.of(principal).where(query, 'e', ENROLMENT_PEOPLE);
  }

  private async made(principal: Principal, period: InstantRange): Promise<number> {
    const row = await this.inPeriod(principal, period)
      .select('COUNT(*)', 'n')
      .getRawOne<{ n: number | string }>();
    return Number(row?.n ?? 0);
  }

  /** stage → customers who entered a class of it by an enrolment of the period */
  private async enteredStages(principal: Principal, period: InstantRange) {
    const rows = await this.inPeriod(principal, period)
      .innerJoin(TrainingClass, 'k', 'k.id = e.classId')
      .innerJoin(Course, 'co', 'co.id = k.courseId')
      .andWhere('co.stage IS NOT NULL')
      .andWhere(`e.status IN (${ENTERED_CLASS_SQL})`)
      .select('co.stage', 'stage')
      .addSelect('COUNT(DISTINCT e.customerId)', 'n')
      .groupBy('co.stage')
      .getRawMany<{ stage: number | string; n: number | string }>();
    return new Map(rows.map((row) => [Number(row.stage), Number(row.n)]));
  }
}
