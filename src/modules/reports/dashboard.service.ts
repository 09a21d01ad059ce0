import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { addDays, businessDayRange } from '../../common/calendar/business-day';
import { Clock } from '../../common/clock';
import { translate } from '../../common/i18n/translate';
import { zoneTime } from '../../common/i18n/zone-time';
import type { DashboardFigure } from './dashboard-figure';
import { DashboardFigureRegistry } from './dashboard-figure.registry';
import type { DashboardFigureView, DashboardView } from './dashboard.view';
import type { DashboardQueryDto } from './dto/dashboard-query.dto';
import { assertReportPeriod } from './report-period';

const DAY_MS = 86_400_000;

/**
 * 管理看板 (issue 14, point 10): a period against the same number of days before it, in one
 * answer for a browser page. The modules count their own figures (DashboardFigureRegistry)
 * within the reader's record scope, each only for those who may read what it counts (as its
 * list); this service sets the periods, compares, names and audits.
 */
@Injectable()
export class DashboardService {
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
            silentSince: new Date(now.getTime() - query.silentDays * DAY_MS),
          }),
        ),
    );
    const figures = counted.flat().sort((a, b) => a.order - b.order);
    await this.audit.record({
      action: 'report.run',
      entityType: 'Report',
      entityId: 'dashboard',
      meta: { from, to, silentDays: query.silentDays },
    });
    const generated = zoneTime(now, zone);
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
