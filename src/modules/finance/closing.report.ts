import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { RecordScope } from '../../access/record-scope';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { businessDayRange } from '../../common/calendar/business-day';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import { sqlLiteralList } from '../../database/sql-literal-list';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { ReportDefinition } from '../reports/report-definition';
import type { ReportParameters } from '../reports/report-parameter';
import type { ReportResult, ReportRow } from '../reports/report-result';
import { ReportRegistry } from '../reports/report.registry';
import { CLOSING_KINDS } from './closing-kinds';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { Receivable } from './entities/receivable.entity';
import { RECEIVABLE_PEOPLE } from './receivable-people';

const FIGURES = ['payments', 'received', 'reversed', 'refunded', 'net'] as const;

/**
 * 财务报表: the receipts per way of paying (§8.5, the closing sheet of a day or of a period):
 * how many payments and how much came in, what was reversed (at its payment's way of paying)
 * and refunded, and what stayed; one day's is `from` = `to`. Within the money the user may
 * see (RecordScope.forMoney).
 */
@Contributes(ReportRegistry)
export class ClosingReport implements ReportDefinition {
  readonly key = 'finance-closing';
  readonly title = 'reports.financeClosing.title' as const;
  readonly ability = ['read', 'Receivable'] as const;
  readonly parameters = ['from', 'to'] as const;
  readonly required = ['from', 'to'] as const;

  constructor(
    @InjectRepository(LedgerEntry) private readonly ledger: Repository<LedgerEntry>,
    private readonly dictionary: DictionaryService,
    private readonly calendar: BusinessCalendar,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const zone = this.calendar.timeZone;
    const { from, to } = parameters as Required<Pick<ReportParameters, 'from' | 'to'>>;
    const amountOf = (kind: string) =>
      `COALESCE(SUM(CASE WHEN e.kind = '${kind}' THEN e.amountFen ELSE 0 END), 0)`;
    const query = this.ledger
      .createQueryBuilder('e')
      // A reversal counts at the way its payment was made.
      .innerJoin(LedgerEntry, 'p', 'p.id = COALESCE(e.reversesId, e.id)')
      .innerJoin(Receivable, 'r', 'r.id = e.receivableId')
      .select('p.methodCode', 'method')
      .addSelect(`SUM(CASE WHEN e.kind = 'payment' THEN 1 ELSE 0 END)`, 'payments')
      .addSelect(amountOf('payment'), 'received')
      .addSelect(amountOf('reversal'), 'reversed')
      .addSelect(amountOf('refund'), 'refunded')
      .where(`e.kind IN (${sqlLiteralList(CLOSING_KINDS)})`)
      .andWhere('e.paidAt >= :start', { start: businessDayRange(from, zone).start })
      .andWhere('e.paidAt < :end', { end: businessDayRange(to, zone).end })
      .groupBy('p.methodCode')
      .orderBy('p.methodCode', 'ASC');
    RecordScope.forMoney(principal).where(query, 'r', RECEIVABLE_PEOPLE);
    const [grouped, methods] = await Promise.all([
      query.getRawMany<Record<string, string | number | null>>(),
      this.dictionary.labels('payment_method'),
    ]);
    const rows: ReportRow[] = grouped.map((row) => {
      const [payments, received, reversed, refunded] = (
        ['payments', 'received', 'reversed', 'refunded'] as const
      ).map((key) => Number(row[key]));
      const code = row.method === null ? '' : String(row.method);
      return {
        method: methods.get(code) ?? code,
        payments,
        received,
        reversed,
        refunded,
        net: received - reversed - refunded,
      };
    });
    const totals: ReportRow = {
      method: translate(msg('reports.total')),
      ...Object.fromEntries(
        FIGURES.map((figure) => [figure, rows.reduce((sum, row) => sum + Number(row[figure]), 0)]),
      ),
    };
    return {
      columns: [
        { key: 'method', label: msg('reports.financeClosing.method'), kind: 'text' },
        { key: 'payments', label: msg('reports.financeClosing.payments'), kind: 'count' },
        { key: 'received', label: msg('reports.financeClosing.received'), kind: 'fen' },
        { key: 'reversed', label: msg('reports.financeClosing.reversed'), kind: 'fen' },
        { key: 'refunded', label: msg('reports.financeClosing.refunded'), kind: 'fen' },
        { key: 'net', label: msg('reports.financeClosing.net'), kind: 'fen' },
      ],
      rows,
      totals,
      charts: [
        {
          kind: 'pie',
          title: msg('reports.financeClosing.chart'),
          categories: rows.map((row) => String(row.method)),
          series: [
            {
              name: msg('reports.financeClosing.received'),
              values: rows.map((row) => Number(row.received)),
            },
          ],
          money: true,
        },
      ],
    };
  }
}
