import type { Msg } from '../../common/i18n/msg';

/**
 * One figure of the managers' dashboard, as the module that owns it counts it: in the period
 * asked for and in the one before it. `previous` is null for a figure that is a state of now
 * rather than a count over a period (customers silent for N days, customers per status).
 */
export interface DashboardFigure {
  /** stable for programs: `newCustomers`, `status.contacting`, `stage.1` … */
  readonly key: string;
  readonly label: Msg | string;
  /** the dashboard's part it belongs to: the headline figures, or one of the two funnels */
  readonly section: 'figures' | 'statusFunnel' | 'stageFunnel';
  /** `count`, `fen` (money in fen) or `days` (a length of time, with decimals) */
  readonly kind: 'count' | 'fen' | 'days';
  /** where it stands within its section (ascending) */
  readonly order: number;
  /** null when there is nothing to average (no customer contacted twice) */
  readonly current: number | null;
  readonly previous: number | null;
}
