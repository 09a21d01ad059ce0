import type { Principal } from '../../access/principal';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { businessDayRange } from '../../common/calendar/business-day';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import { UsersService } from '../../users/users.service';
import type { ReportChart } from './report-chart';
import type { ReportDefinition } from './report-definition';
import type { ReportParameters } from './report-parameter';
import type { ReportResult, ReportRow } from './report-result';
import { ReportRegistry } from './report.registry';
import { StaffFigureRegistry } from './staff-figure.registry';

/**
 * 工作人员业绩 (§8.4): per staff member in the period, the figures each module counts over its
 * own tables (new customers, records, completed plans, enrolments, paid in full, received);
 * with the totals and charts. Managers see everyone; anyone else their own row only.
 */
@Contributes(ReportRegistry)
export class StaffPerformanceReport implements ReportDefinition {
  readonly key = 'staff-performance';
  readonly title = 'reports.staff.title' as const;
  readonly ability = ['read', 'Report'] as const;
  readonly parameters = ['from', 'to'] as const;
  readonly required = ['from', 'to'] as const;

  constructor(
    private readonly figures: StaffFigureRegistry,
    private readonly calendar: BusinessCalendar,
    private readonly users: UsersService,
  ) {}

  async run(principal: Principal, parameters: ReportParameters): Promise<ReportResult> {
    const zone = this.calendar.timeZone;
    const start = businessDayRange(parameters.from as string, zone).start;
    const end = businessDayRange(parameters.to as string, zone).end;
    const only = principal.ability.can('monitor', 'Interaction') ? undefined : principal.id;
    const sources = this.figures.ordered();
    const counted = await Promise.all(sources.map((source) => source.figures(start, end, only)));
    const userIds = [...new Set(counted.flatMap((figures) => [...figures.keys()]))];
    const people = await this.users.staffMembers(userIds);
    const rows: ReportRow[] = people
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN') || a.id - b.id)
      .map((person) => ({
        staff: person.displayName,
        ...Object.fromEntries(
          sources.map((source, i) => [source.key, counted[i].get(person.id) ?? 0]),
        ),
      }));
    const totals: ReportRow = {
      staff: translate(msg('reports.total')),
      ...Object.fromEntries(
        sources.map((source) => [
          source.key,
          rows.reduce((sum, row) => sum + Number(row[source.key]), 0),
        ]),
      ),
    };
    const chart = (
      kind: 'count' | 'fen',
      title: 'reports.staff.workChart' | 'reports.staff.moneyChart',
    ): ReportChart => {
      const charted = sources.filter((source) => source.kind === kind);
      return {
        kind: 'bar',
        title: msg(title),
        categories: rows.map((row) => String(row.staff)),
        series: charted.map((source) => ({
          name: msg(source.label),
          values: rows.map((row) => Number(row[source.key])),
        })),
        money: kind === 'fen',
      };
    };
    return {
      columns: [
        { key: 'staff', label: msg('reports.staff.staff'), kind: 'text' },
        ...sources.map((source) => ({
          key: source.key,
          label: msg(source.label),
          kind: source.kind,
        })),
      ],
      rows,
      totals,
      charts: [chart('count', 'reports.staff.workChart'), chart('fen', 'reports.staff.moneyChart')],
    };
  }
}
