import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { ReportDefinition } from '../reports/report-definition';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult, ReportRow } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { shareOf } from '../reports/share-of';
import { Enrolment } from './entities/enrolment.entity';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';
import { ENTERED_CLASS_SQL, enteredStage } from './entered-stage';

interface Region {
  region: string;
  students: number;
  tr2: number;
  ta: number;
}

/**
 * 各地学员晋升状况 (§8.10): the students of one (stage-one) class by province, and how many of
 * each went on to TR2 and TA, with the rates. A class's roster is small: its students are
 * read with their two flags (worked out in the database) and grouped by region here. A
 * coordinator counts the students they enrolled.
 */
@Contributes(ReportRegistry)
export class RegionalPromotionReport implements ReportDefinition {
  readonly key = 'regional-promotion';
  readonly title = 'reports.regional.title' as const;
  readonly ability = ['read', 'Enrolment'] as const;
  readonly parameters = ['classId'] as const;
  readonly required = ['classId'] as const;

  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    private readonly labels: ReportLabelRegistry,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const query = this.enrolments
      .createQueryBuilder('e')
      .select('e.customerId', 'customerId')
      .addSelect(enteredStage(2), 'tr2')
      .addSelect(enteredStage(3), 'ta')
      .where('e.classId = :classId', { classId: parameters.classId })
      .andWhere(`e.status IN (${ENTERED_CLASS_SQL})`);
    RecordScope.of(principal).where(query, 'e', ENROLMENT_PEOPLE);
    const students = await query.getRawMany<{ customerId: number; tr2: unknown; ta: unknown }>();
    const regions = await this.labels.labels(
      'customerProvince',
      students.map((row) => Number(row.customerId)),
    );
    const byRegion = new Map<string, Region>();
    for (const student of students) {
      const region = regions.get(Number(student.customerId)) ?? '';
      const counted = byRegion.get(region) ?? { region, students: 0, tr2: 0, ta: 0 };
      counted.students += 1;
      if (student.tr2 !== null) counted.tr2 += 1;
      if (student.ta !== null) counted.ta += 1;
      byRegion.set(region, counted);
    }
    const withRates = (counted: Region): ReportRow => ({
      ...counted,
      tr2Rate: shareOf(counted.tr2, counted.students),
      taRate: shareOf(counted.ta, counted.students),
    });
    const rows = [...byRegion.values()]
      .sort((a, b) => b.students - a.students || a.region.localeCompare(b.region, 'zh-CN'))
      .map(withRates);
    const total = (key: 'students' | 'tr2' | 'ta') =>
      [...byRegion.values()].reduce((sum, region) => sum + region[key], 0);
    return {
      columns: [
        { key: 'region', label: msg('reports.regional.region'), kind: 'text' },
        { key: 'students', label: msg('reports.classEntry.students'), kind: 'count' },
        { key: 'tr2', label: msg('reports.classEntry.tr2'), kind: 'count' },
        { key: 'tr2Rate', label: msg('reports.classEntry.tr2Rate'), kind: 'percent' },
        { key: 'ta', label: msg('reports.classEntry.ta'), kind: 'count' },
        { key: 'taRate', label: msg('reports.classEntry.taRate'), kind: 'percent' },
      ],
      rows,
      totals: withRates({
        region: translate(msg('reports.total')),
        students: total('students'),
        tr2: total('tr2'),
        ta: total('ta'),
      }),
      charts: [
        {
          kind: 'bar',
          title: msg('reports.regional.chart'),
          categories: rows.map((row) => String(row.region)),
          series: (['students', 'tr2', 'ta'] as const).map((key) => ({
            name: msg(`reports.classEntry.${key}`),
            values: rows.map((row) => Number(row[key])),
          })),
        },
      ],
    };
  }
}
