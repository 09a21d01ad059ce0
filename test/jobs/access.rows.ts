import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';

/** The scheduled jobs' rows of the role matrix: admins only. */
export function jobsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t } = ctx;
  return {
    'GET /api/admin/jobs': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/jobs', user.accessToken),
    },
    'GET /api/admin/jobs/:name/runs': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/jobs/sms-dispatch/runs', user.accessToken),
    },
    'POST /api/admin/jobs/:name/run': {
      allowed: ['admin'],
      call: (user) => t.post('/api/admin/jobs/sms-dispatch/run', user.accessToken),
    },
  };
}
