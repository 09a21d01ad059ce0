import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { addDays, businessDayRange } from '../../common/calendar/business-day';
import { Clock } from '../../common/clock';
import { translate } from '../../common/i18n/translate';
import { zoneTime } from '../../common/i18n/zone-time';
import { TotalCache } from '../../common/pagination/total-cache';
import type { DashboardFigure } from './dashboard-figure';
import { DashboardFigureRegistry } from './dashboard-figure.registry';
import type { DashboardFigureView, DashboardView } from './dashboard.view';
import type { DashboardQueryDto } from './dto/dashboard-query.dto';
import { assertReportPeriod } from './report-period';

const DAY_MS = 86_400_000;
/**
 * How long a reader's dashboard is kept: a page opened by many managers at nine, or refreshed,
 * is counted once a half-minute rather than each time (its figures read a year of records).
 */
const KEPT_MS = 30_000;

/**
 * 管理看板 (issue 14, point 10): a period against the same number of days before it, in one
 * answer for a browser page. The modules count their own figures (DashboardFigureRegistry)
 * within the reader's record scope, each only for those who may read what it counts (as its
 * list); this service sets the periods, compares, names, keeps a reader's answer for half a
 * minute, and audits every call.
 */
@Injectable()
export class DashboardService {
  /** figures counted, by reader and question, with when they were counted */
  private readonly kept = new TotalCache<{ figures: DashboardFigure[]; at: Date }>(KEPT_MS);

  constructor(
    private readonly sources: DashboardFigureRegistry,
    private readonly audit: AuditService,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
  ) {}

  async dashboard(principal: Principal, query: DashboardQueryDto): Promise<DashboardView> {
    const today = this.calendar.today().date;
    const to = query.to ?? today;
    const from = query.from ?? `${to.slice(0, 8)}01`;
    assertReportPeriod(from, to);
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    const previousTo = addDays(from, -1);
    const previousFrom = addDays(from, -days);
    const zone = this.calendar.timeZone;
    const { figures, at } = await this.kept.get(
      [principal.id, from, to, query.silentDays].join('|'),
      () => this.count(principal, { from, to, previousFrom, previousTo }, query.silentDays),
    );
    await this.audit.record({
      action: 'report.run',
      entityType: 'Report',
      entityId: 'dashboard',
      meta: { from, to, silentDays: query.silentDays },
    });
    const generated = zoneTime(at, zone);
    const zoneName =
      typeof generated.zone === 'string' ? generated.zone : translate(generated.zone);
    const section = (name: DashboardFigure['section']) =>
      figures.filter((figure) => figure.section === name).map(toView);
    return {
      period: { from, to },
      previousPeriod: { from: previousFrom, to: previousTo },
      silentDays: query.silentDays,
      generatedAt: `${generated.at} ${zoneName}`,
      figures: section('figures'),
      statusFunnel: section('statusFunnel'),
      stageFunnel: section('stageFunnel'),
    };
  }

  /** Each module's figures the reader may see, in their order. */
  private async count(
    principal: Principal,
    days: { from: string; to: string; previousFrom: string; previousTo: string },
    silentDays: number,
  ): Promise<{ figures: DashboardFigure[]; at: Date }> {
    const { from, to, previousFrom, previousTo } = days;
    const zone = this.calendar.timeZone;
    const now = this.clock.now();
    const counted = await Promise.all(
      this.sources
        .all()
        .filter((source) => principal.ability.can(...source.ability))
        .map((source) =>
          source.figures(principal, {
            current: {
              start: businessDayRange(from, zone).start,
              end: businessDayRange(to, zone).end,
            },
            previous: {
              start: businessDayRange(previousFrom, zone).start,
              end: businessDayRange(previousTo, zone).end,
            },
            silentSince: new Date(now.getTime() - silentDays * DAY_MS),
          }),
        ),
    );
    return { figures: counted.flat().sort((a, b) => a.order - b.order), at: now };
  }
}

function toView(figure: DashboardFigure): DashboardFigureView {
  const { current, previous } = figure;
  const change = current !== null && previous !== null ? current - previous : null;
  return {
    key: figure.key,
    label: typeof figure.label === 'string' ? figure.label : translate(figure.label),
    kind: figure.kind,
    current,
    previous,
    change,
    changeRate: change !== null && previous ? change / previous : null,
  };
}
