import { InjectRepository } from '@nestjs/typeorm';
import { type ObjectLiteral, Repository, type SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { businessDayRange } from '../../common/calendar/business-day';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import { sqlLiteralList } from '../../database/sql-literal-list';
import type { ReportDefinition } from '../reports/report-definition';
import { ReportLabelRegistry } from '../reports/report-label.registry';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult, ReportRow } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { SETTLED } from './outstanding';
import { withReceivableMoneySums } from './receivable-money-sums';
import { RECEIVABLE_PEOPLE } from './receivable-people';

const FIGURES = [
  'students',
  'discount',
  'due',
  'paid',
  'refunded',
  'outstanding',
  'overdue',
] as const;

/** Bars in the chart: the classes that are owed the most (the table lists them all). */
const CHARTED = 20;

/**
 * 财务报表 by class (§8.5): per class, for the students enrolled in the period (all when no
 * period is asked), what is due, received, refunded, still owed, and owed past a due date of
 * the payment plan; with the totals. Within the money the user may see (RecordScope.forMoney:
 * a coordinator, the students they enrolled).
 */
@Contributes(ReportRegistry)
export class ClassMoneyReport implements ReportDefinition {
  readonly key = 'finance-classes';
  readonly title = 'reports.financeClasses.title' as const;
  readonly ability = ['read', 'Receivable'] as const;
  readonly parameters = ['from', 'to', 'courseId'] as const;
  readonly required = [] as const;

  constructor(
    @InjectRepository(Receivable) private readonly receivables: Repository<Receivable>,
    private readonly calendar: BusinessCalendar,
    private readonly labels: ReportLabelRegistry,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const query = this.filtered(
      principal,
      parameters,
      withReceivableMoneySums(
        this.receivables
          .createQueryBuilder('r')
          .select('r.classId', 'classId')
          .addSelect('COUNT(*)', 'students'),
      ),
    )
      // Owed past a due date: the receivable's next unpaid instalment is before today.
      .addSelect(
        `COALESCE(SUM(CASE WHEN r.nextDueDate < :today AND r.status NOT IN (${sqlLiteralList(SETTLED)}) THEN r.dueFen - r.paidFen ELSE 0 END), 0)`,
        'overdue',
      )
      .setParameter('today', this.calendar.today().date)
      .groupBy('r.classId')
      .orderBy('r.classId', 'DESC');
    // The discounts granted are the ledger's discount rows of the same receivables.
    const discounts = this.filtered(
      principal,
      parameters,
      this.receivables
        .createQueryBuilder('r')
        .innerJoin(LedgerEntry, 'l', 'l.receivableId = r.id')
        .select('r.classId', 'classId')
        .addSelect('COALESCE(SUM(l.amountFen), 0)', 'discount')
        .andWhere(`l.kind = 'discount'`)
        .groupBy('r.classId'),
    );
    const [money, discounted] = await Promise.all([
      query.getRawMany<Record<string, string | number>>(),
      discounts.getRawMany<{ classId: number; discount: number | string }>(),
    ]);
    const discountOf = new Map(
      discounted.map((row) => [Number(row.classId), Number(row.discount)]),
    );
    const grouped: Record<string, string | number>[] = money.map((row) => ({
      ...row,
      discount: discountOf.get(Number(row.classId)) ?? 0,
    }));
    const names = await this.labels.labels(
      'class',
      grouped.map((row) => Number(row.classId)),
    );
    const rows: ReportRow[] = grouped.map((row) => ({
      className: names.get(Number(row.classId)) ?? '',
      ...Object.fromEntries(FIGURES.map((figure) => [figure, Number(row[figure])])),
    }));
    const totals: ReportRow = {
      className: translate(msg('reports.total')),
      ...Object.fromEntries(
        FIGURES.map((figure) => [figure, rows.reduce((sum, row) => sum + Number(row[figure]), 0)]),
      ),
    };
    const charted = [...rows].sort((a, b) => Number(b.due) - Number(a.due)).slice(0, CHARTED);
    return {
      columns: [
        { key: 'className', label: msg('reports.financeClasses.className'), kind: 'text' },
        { key: 'students', label: msg('reports.financeClasses.students'), kind: 'count' },
        { key: 'discount', label: msg('reports.financeClasses.discount'), kind: 'fen' },
        { key: 'due', label: msg('reports.financeClasses.due'), kind: 'fen' },
        { key: 'paid', label: msg('reports.financeClasses.paid'), kind: 'fen' },
        { key: 'refunded', label: msg('reports.financeClasses.refunded'), kind: 'fen' },
        { key: 'outstanding', label: msg('reports.financeClasses.outstanding'), kind: 'fen' },
        { key: 'overdue', label: msg('reports.financeClasses.overdue'), kind: 'fen' },
      ],
      rows,
      totals,
      charts: [
        {
          kind: 'bar',
          title: msg('reports.financeClasses.chart'),
          categories: charted.map((row) => String(row.className)),
          series: [
            {
              name: msg('reports.financeClasses.paid'),
              values: charted.map((row) => Number(row.paid)),
            },
            {
              name: msg('reports.financeClasses.outstanding'),
              values: charted.map((row) => Number(row.outstanding)),
            },
          ],
          money: true,
        },
      ],
    };
  }

  /** The receivables the report is over: enrolled in the period, of the course, in scope. */
  private filtered<Q extends ObjectLiteral>(
    principal: Principal,
    parameters: ReportParameters,
    query: SelectQueryBuilder<Q>,
  ): SelectQueryBuilder<Q> {
    const zone = this.calendar.timeZone;
    if (parameters.from)
      query.andWhere('r.createdAt >= :from', {
        from: businessDayRange(parameters.from, zone).start,
      });
    if (parameters.to)
      query.andWhere('r.createdAt < :to', { to: businessDayRange(parameters.to, zone).end });
    if (parameters.courseId)
      query.andWhere('r.courseId = :courseId', { courseId: parameters.courseId });
    return RecordScope.forMoney(principal).where(query, 'r', RECEIVABLE_PEOPLE);
  }
}
