import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { msg } from '../../common/i18n/msg';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportDefinition } from '../reports/report-definition';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult, ReportRow } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { shareOf } from '../reports/share-of';
import { Course } from './entities/course.entity';
import { Enrolment } from './entities/enrolment.entity';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';
import { ENTERED_CLASS_SQL, enteredStage } from './entered-stage';
import { TrainingClass } from './entities/training-class.entity';

/** Bars in the chart: the latest classes (the table lists them all). */
const CHARTED = 20;

/** A date column's value as `YYYY-MM-DD`: a string on SQLite, a local-midnight Date from pg. */
function calendarDay(value: unknown): string {
  if (!(value instanceof Date)) return String(value).slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/**
 * 课程进班数据 (§8.12): for each stage-one (TR1) class starting in the period, how many of its
 * students went on to enter TR2 and TA, and the rates. A coordinator counts the students they
 * enrolled.
 */
@Contributes(ReportRegistry)
export class ClassEntryReport implements ReportDefinition {
  readonly key = 'class-entry';
  readonly title = 'reports.classEntry.title' as const;
  readonly ability = ['read', 'Enrolment'] as const;
  readonly parameters = ['from', 'to'] as const;
  readonly required = [] as const;

  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly labels: ReportLabelRegistry,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const query = this.enrolments
      .createQueryBuilder('e')
      .innerJoin(TrainingClass, 'k', 'k.id = e.classId')
      .innerJoin(Course, 'c', 'c.id = k.courseId')
      .select('e.classId', 'classId')
      .addSelect('MIN(k.startDate)', 'startDate')
      .addSelect('COUNT(DISTINCT e.customerId)', 'students')
      .addSelect(`COUNT(DISTINCT ${enteredStage(2)})`, 'tr2')
      .addSelect(`COUNT(DISTINCT ${enteredStage(3)})`, 'ta')
      .where('c.stage = :stage', { stage: 1 })
      .andWhere(`e.status IN (${ENTERED_CLASS_SQL})`)
      .groupBy('e.classId')
      .orderBy('MIN(k.startDate)', 'DESC')
      .addOrderBy('e.classId', 'DESC');
    if (parameters.from) query.andWhere('k.startDate >= :from', { from: parameters.from });
    if (parameters.to) query.andWhere('k.startDate <= :to', { to: parameters.to });
    RecordScope.of(principal).where(query, 'e', ENROLMENT_PEOPLE);
    const grouped = await query.getRawMany<Record<string, string | number | Date>>();
    const names = await this.labels.labels(
      'class',
      grouped.map((row) => Number(row.classId)),
    );
    const rows: ReportRow[] = grouped.map((row) => {
      const students = Number(row.students);
      const tr2 = Number(row.tr2);
      const ta = Number(row.ta);
      return {
        className: names.get(Number(row.classId)) ?? '',
        startDate: calendarDay(row.startDate),
        students,
        tr2,
        tr2Rate: shareOf(tr2, students),
        ta,
        taRate: shareOf(ta, students),
      };
    });
    const sum = (key: string) => rows.reduce((total, row) => total + Number(row[key]), 0);
    const charted = rows.slice(0, CHARTED).reverse();
    return {
      columns: [
        { key: 'className', label: msg('reports.classEntry.className'), kind: 'text' },
        { key: 'startDate', label: msg('reports.classEntry.startDate'), kind: 'text' },
        { key: 'students', label: msg('reports.classEntry.students'), kind: 'count' },
        { key: 'tr2', label: msg('reports.classEntry.tr2'), kind: 'count' },
        { key: 'tr2Rate', label: msg('reports.classEntry.tr2Rate'), kind: 'percent' },
        { key: 'ta', label: msg('reports.classEntry.ta'), kind: 'count' },
        { key: 'taRate', label: msg('reports.classEntry.taRate'), kind: 'percent' },
      ],
      rows,
      totals: {
        className: null,
        startDate: null,
        students: sum('students'),
        tr2: sum('tr2'),
        tr2Rate: shareOf(sum('tr2'), sum('students')),
        ta: sum('ta'),
        taRate: shareOf(sum('ta'), sum('students')),
      },
      charts: [
        {
          kind: 'bar',
          title: msg('reports.classEntry.chart'),
          categories: charted.map((row) => String(row.className)),
          series: [
            {
              name: msg('reports.classEntry.students'),
              values: charted.map((row) => Number(row.students)),
            },
            { name: msg('reports.classEntry.tr2'), values: charted.map((row) => Number(row.tr2)) },
            { name: msg('reports.classEntry.ta'), values: charted.map((row) => Number(row.ta)) },
          ],
        },
      ],
    };
  }
}
