import type { InstantRange } from '../../common/calendar/business-day';

/** What the dashboard asks each module: the period, the one before it, and the silence limit. */
export interface DashboardPeriods {
  /** the business days asked for, as instants `[start, end)` */
  readonly current: InstantRange;
  /** the same number of days just before `current` */
  readonly previous: InstantRange;
  /** customers not contacted since this instant are at risk (now − silentDays) */
  readonly silentSince: Date;
}
