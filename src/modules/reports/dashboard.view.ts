/** A period of business days, both ends included. */
export class DashboardPeriodView {
  /** `YYYY-MM-DD` */
  from: string;
  /** `YYYY-MM-DD`, included */
  to: string;
}

/** One figure of the dashboard: now, before, and the change. */
export class DashboardFigureView {
  key: string;
  label: string;
  /** `count`, `fen` (money in fen) or `days` (a length of time, one decimal) */
  kind: 'count' | 'fen' | 'days';
  /** null when there is nothing to count (no customer contacted twice in the period) */
  current: number | null;
  /** the previous period's; null for a state of now (silent customers, customers per status) */
  previous: number | null;
  /** current − previous; null when either is unknown */
  change: number | null;
  /** the change as a fraction of previous (0.25 is +25%); null when previous is 0 or unknown */
  changeRate: number | null;
}

/** 管理看板: a period against the one before it, for one browser page. */
export class DashboardView {
  period: DashboardPeriodView;
  previousPeriod: DashboardPeriodView;
  /** customers not contacted for this many days count as at risk */
  silentDays: number;
  /** when it was worked out, business time zone */
  generatedAt: string;
  /** new customers, enrolments, revenue, average days between contacts, customers at risk */
  figures: DashboardFigureView[];
  /** live customers per status tag (now) */
  statusFunnel: DashboardFigureView[];
  /** customers who entered a class of stage one, two, three in the period */
  stageFunnel: DashboardFigureView[];
}
