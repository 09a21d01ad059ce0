import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';

/** The SMS templates' rows of the role matrix: admins write, admins and managers read. */
export function smsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin } = ctx;
  let sequence = 0;

  /** A template of its own for each call (factory through the admin API). */
  async function template(): Promise<{ id: number; version: number }> {
    const response = await t
      .post('/api/admin/sms-templates', admin.accessToken, {
        kind: 'group',
        name: `matrix-${process.pid}-${(sequence += 1)}`,
        body: '{name}，{course}开课',
      })
      .expect(201);
    return response.body;
  }

  return {
    'GET /api/admin/sms-templates': {
      allowed: ['admin', 'manager'],
      call: (user) => t.get('/api/admin/sms-templates', user.accessToken),
    },
    'GET /api/admin/sms-templates/kinds': {
      allowed: ['admin', 'manager'],
      call: (user) => t.get('/api/admin/sms-templates/kinds', user.accessToken),
    },
    'POST /api/admin/sms-templates/preview': {
      allowed: ['admin', 'manager'],
      call: (user) =>
        t.post('/api/admin/sms-templates/preview', user.accessToken, {
          kind: 'notice',
          body: '{name}您好',
        }),
    },
    'GET /api/admin/sms-templates/:id': {
      allowed: ['admin', 'manager'],
      call: async (user) =>
        t.get(`/api/admin/sms-templates/${(await template()).id}`, user.accessToken),
    },
    'POST /api/admin/sms-templates': {
      allowed: ['admin'],
      call: (user) =>
        t.post('/api/admin/sms-templates', user.accessToken, {
          kind: 'notice',
          name: `matrix-new-${process.pid}-${(sequence += 1)}`,
          body: '通知',
        }),
    },
    'PATCH /api/admin/sms-templates/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const { id, version } = await template();
        return t.patch(`/api/admin/sms-templates/${id}`, user.accessToken, {
          version,
          active: false,
        });
      },
    },
    'POST /api/admin/sms-templates/:id/preview': {
      allowed: ['admin', 'manager'],
      call: async (user) =>
        t.post(`/api/admin/sms-templates/${(await template()).id}/preview`, user.accessToken, {}),
    },
  };
}
