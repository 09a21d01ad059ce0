import type { Role } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';

/** Who opens the reports: all staff but the admin; finance figures for those who see money. */
const REPORT_READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];
const MONEY_READERS: readonly Role[] = ['coordinator', 'finance', 'manager'];

/** The reports' rows of the role matrix. */
export function reportsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t } = ctx;
  return {
    'GET /api/reports': {
      allowed: REPORT_READERS,
      call: (user) => t.get('/api/reports', user.accessToken),
    },
    'GET /api/reports/dashboard': {
      allowed: REPORT_READERS,
      call: (user) => t.get('/api/reports/dashboard', user.accessToken),
    },
    'GET /api/reports/counts': {
      // Report:read on the route, and the counted subject's own read ability (Customer)
      allowed: REPORT_READERS,
      call: (user) => t.get('/api/reports/counts?subject=customers&by=owner', user.accessToken),
    },
    'GET /api/reports/:key': {
      allowed: MONEY_READERS,
      call: (user) => t.get('/api/reports/finance-classes', user.accessToken),
    },
  };
}
