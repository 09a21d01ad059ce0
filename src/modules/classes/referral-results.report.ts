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
import { Enrolment } from './entities/enrolment.entity';
import { ENTERED_CLASS_SQL } from './entered-stage';
import { ENROLMENT_PEOPLE } from './enrolment/enrolment-people';
import { TrainingClass } from './entities/training-class.entity';

/** Bars in the chart: the students who committed most. */
const CHARTED = 20;

/** The people a student introduced who entered a class (portable SQL, correlated on `e`). */
const INTRODUCED_ENTERED = `(SELECT COUNT(DISTINCT r.customer_id) FROM enrolment r WHERE r.introducer_id = e.customer_id AND r.status IN (${ENTERED_CLASS_SQL}))`;

/** Those of them who came to class at least once (present or late). */
const INTRODUCED_ATTENDED = `(SELECT COUNT(DISTINCT r.customer_id) FROM enrolment r WHERE r.introducer_id = e.customer_id AND r.status IN (${ENTERED_CLASS_SQL}) AND EXISTS (SELECT 1 FROM attendance a WHERE a.enrolment_id = r.id AND a.status IN ('present', 'late')))`;

/**
 * 学员感召成绩 (§8.7): each student who made a referral commitment (感召承诺) in a class
 * starting in the period, beside the people they actually introduced who entered a class, and
 * who attended; the rate against the promise. A coordinator sees the students they enrolled.
 */
@Contributes(ReportRegistry)
export class ReferralResultsReport implements ReportDefinition {
  readonly key = 'referral-results';
  readonly title = 'reports.referrals.title' as const;
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
      .select('e.id', 'id')
      .addSelect('e.customerId', 'customerId')
      .addSelect('e.classId', 'classId')
      .addSelect('e.referralCommitment', 'committed')
      .addSelect(INTRODUCED_ENTERED, 'entered')
      .addSelect(INTRODUCED_ATTENDED, 'attended')
      .where('e.referralCommitment IS NOT NULL')
      .andWhere(`e.status IN (${ENTERED_CLASS_SQL})`)
      .orderBy('k.startDate', 'DESC')
      .addOrderBy('e.id', 'ASC');
    if (parameters.from) query.andWhere('k.startDate >= :from', { from: parameters.from });
    if (parameters.to) query.andWhere('k.startDate <= :to', { to: parameters.to });
    RecordScope.of(principal).where(query, 'e', ENROLMENT_PEOPLE);
    const found = await query.getRawMany<Record<string, string | number>>();
    const [students, classes] = await Promise.all([
      this.labels.labels(
        'customer',
        found.map((row) => Number(row.customerId)),
      ),
      this.labels.labels(
        'class',
        found.map((row) => Number(row.classId)),
      ),
    ]);
    const rows: ReportRow[] = found.map((row) => {
      const committed = Number(row.committed);
      const entered = Number(row.entered);
      return {
        student: students.get(Number(row.customerId)) ?? '',
        className: classes.get(Number(row.classId)) ?? '',
        committed,
        entered,
        attended: Number(row.attended),
        rate: shareOf(entered, committed),
      };
    });
    const charted = [...rows]
      .sort((a, b) => Number(b.committed) - Number(a.committed))
      .slice(0, CHARTED);
    return {
      columns: [
        { key: 'student', label: msg('reports.referrals.student'), kind: 'text' },
        { key: 'className', label: msg('reports.referrals.className'), kind: 'text' },
        { key: 'committed', label: msg('reports.referrals.committed'), kind: 'count' },
        { key: 'entered', label: msg('reports.referrals.entered'), kind: 'count' },
        { key: 'attended', label: msg('reports.referrals.attended'), kind: 'count' },
        { key: 'rate', label: msg('reports.referrals.rate'), kind: 'percent' },
      ],
      rows,
      charts: [
        {
          kind: 'bar',
          title: msg('reports.referrals.chart'),
          categories: charted.map((row) => String(row.student)),
          series: [
            {
              name: msg('reports.referrals.committed'),
              values: charted.map((row) => Number(row.committed)),
            },
            {
              name: msg('reports.referrals.entered'),
              values: charted.map((row) => Number(row.entered)),
            },
          ],
        },
      ],
    };
  }
}
