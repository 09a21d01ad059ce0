import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { businessDayRange } from '../../common/calendar/business-day';
import { msg } from '../../common/i18n/msg';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult } from '../reports/report-result';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import { Enrolment } from './entities/enrolment.entity';
import { ENTERED_CLASS_SQL } from './entered-stage';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';
import { Course } from './entities/course.entity';
import { TrainingClass } from './entities/training-class.entity';

/** Shown when the request names no length. */
const DEFAULT_TOP = 10;

/**
 * 金牌IMO rankings (§8.8, §8.9): introducers by how many of the people they introduced (海星,
 * as snapshotted on each enrolment) entered a class, or entered TA (stage three), in the period;
 * ties by the introducer's id, the same every run. A coordinator counts only the enrolments
 * they made.
 */
@Injectable()
export class GoldImoRanking {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly calendar: BusinessCalendar,
    private readonly labels: ReportLabelRegistry,
  ) {}

  async rank(
    principal: Principal,
    parameters: ReportParameters,
    stageThreeOnly: boolean,
  ): Promise<ReportResult> {
    const query = this.enrolments
      .createQueryBuilder('e')
      .innerJoin(TrainingClass, 'k', 'k.id = e.classId')
      .innerJoin(Course, 'c', 'c.id = k.courseId')
      .select('e.introducerId', 'introducerId')
      .addSelect('COUNT(DISTINCT e.customerId)', 'referrals')
      .where('e.introducerId IS NOT NULL')
      .andWhere(`e.status IN (${ENTERED_CLASS_SQL})`)
      .groupBy('e.introducerId')
      .orderBy('COUNT(DISTINCT e.customerId)', 'DESC')
      .addOrderBy('e.introducerId', 'ASC')
      .limit(parameters.top ?? DEFAULT_TOP);
    if (stageThreeOnly) query.andWhere('c.stage = :stage', { stage: 3 });
    const zone = this.calendar.timeZone;
    if (parameters.from)
      query.andWhere('e.enrolledAt >= :from', {
        from: businessDayRange(parameters.from, zone).start,
      });
    if (parameters.to)
      query.andWhere('e.enrolledAt < :to', { to: businessDayRange(parameters.to, zone).end });
    RecordScope.of(principal).where(query, 'e', ENROLMENT_PEOPLE);
    const ranked = (
      await query.getRawMany<{ introducerId: number; referrals: string | number }>()
    ).map((row) => ({ id: Number(row.introducerId), referrals: Number(row.referrals) }));
    const names = await this.labels.labels(
      'customer',
      ranked.map((row) => row.id),
    );
    const rows = ranked.map((row, i) => ({
      rank: i + 1,
      introducer: names.get(row.id) ?? '',
      referrals: row.referrals,
    }));
    const counted = msg(stageThreeOnly ? 'reports.goldImo.intoTa' : 'reports.goldImo.intoClass');
    return {
      columns: [
        { key: 'rank', label: msg('reports.goldImo.rank'), kind: 'count' },
        { key: 'introducer', label: msg('reports.goldImo.introducer'), kind: 'text' },
        { key: 'referrals', label: counted, kind: 'count' },
      ],
      rows,
      charts: [
        {
          kind: 'bar',
          title: counted,
          categories: rows.map((row) => row.introducer),
          series: [{ name: counted, values: rows.map((row) => row.referrals) }],
        },
      ],
    };
  }
}
