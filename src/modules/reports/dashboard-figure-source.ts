import type { Action, Subject } from '../../access/permission-catalogue';
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
  /** who sees these figures: the ability the module's list checks (others get none of them) */
  readonly ability: readonly [Action, Subject];
  figures(principal: Principal, periods: DashboardPeriods): Promise<DashboardFigure[]>;
}
