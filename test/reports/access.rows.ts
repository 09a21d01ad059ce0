import type { Role } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';

/** Who opens the reports: all staff but the admin; finance figures for those who see money. */
const REPORT_READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];
const MONEY_READERS: readonly Role[] = ['coordinator', 'finance', 'manager'];
/** The stored report files hold phones (the stage-one roster): managers alone. */
const FILE_READERS: readonly Role[] = ['manager'];
/** Who defines the schedules that make them. */
const SCHEDULERS: readonly Role[] = ['admin', 'manager'];

/** The reports' rows of the role matrix. */
export function reportsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin } = ctx;
  let file: Promise<number> | undefined;
  /** One stored file, made once by the matrix's own manager. */
  const fileId = () =>
    (file ??= t
      .post('/api/reports/generated', ctx.managerOwner().accessToken, { reportKey: 'gold-imo' })
      .expect(200)
      .then((answer) => answer.body.stored[0].id as number));
  const schedule = async () =>
    (
      await t
        .post('/api/admin/report-schedules', admin.accessToken, {
          reportKey: 'finance-classes',
          cron: '0 3 * * *',
        })
        .expect(201)
    ).body as { id: number; version: number };
  return {
    'GET /api/reports': {
      allowed: REPORT_READERS,
      call: (user) => t.get('/api/reports', user.accessToken),
    },
    'GET /api/reports/:key': {
      allowed: MONEY_READERS,
      call: (user) => t.get('/api/reports/finance-classes', user.accessToken),
    },
    'GET /api/reports/generated': {
      allowed: FILE_READERS,
      call: (user) => t.get('/api/reports/generated', user.accessToken),
    },
    'POST /api/reports/generated': {
      allowed: FILE_READERS,
      call: (user) => t.post('/api/reports/generated', user.accessToken, { reportKey: 'gold-imo' }),
    },
    'GET /api/reports/generated/:id/download': {
      allowed: FILE_READERS,
      call: async (user) =>
        t.get(`/api/reports/generated/${await fileId()}/download`, user.accessToken),
    },
    'GET /api/admin/report-schedules': {
      allowed: SCHEDULERS,
      call: (user) => t.get('/api/admin/report-schedules', user.accessToken),
    },
    'POST /api/admin/report-schedules': {
      allowed: SCHEDULERS,
      call: (user) =>
        t.post('/api/admin/report-schedules', user.accessToken, {
          reportKey: 'finance-classes',
          cron: '0 3 * * *',
        }),
    },
    'PATCH /api/admin/report-schedules/:id': {
      allowed: SCHEDULERS,
      call: async (user) => {
        const created = await schedule();
        return t.patch(`/api/admin/report-schedules/${created.id}`, user.accessToken, {
          version: created.version,
          enabled: false,
        });
      },
    },
    'DELETE /api/admin/report-schedules/:id': {
      allowed: SCHEDULERS,
      call: async (user) => {
        const created = await schedule();
        return t
          .http()
          .delete(`/api/admin/report-schedules/${created.id}`)
          .set('Authorization', `Bearer ${user.accessToken}`);
      },
    },
  };
}
