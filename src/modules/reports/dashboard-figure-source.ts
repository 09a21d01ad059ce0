import type { Principal } from '../../access/principal';
import type { DashboardFigure } from './dashboard-figure';
import type { DashboardPeriods } from './dashboard-periods';

/**
 * A module's figures on the managers' dashboard, counted over its own tables in the database
 * (aggregates, never rows), within what the principal may see: the same record scope as the
 * module's lists, so a coordinator's dashboard counts their own customers.
 */
export interface DashboardFigureSource {
  /** names the contribution (unique) */
  readonly key: string;
  figures(principal: Principal, periods: DashboardPeriods): Promise<DashboardFigure[]>;
}
