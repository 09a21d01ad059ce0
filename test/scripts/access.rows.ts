import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';

/**
 * The script library's rows of the role matrix: all staff read it (and mark what they read),
 * admins and managers write it.
 */
export function scriptsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin } = ctx;
  const everyone = ['admin', 'clerk', 'coordinator', 'finance', 'manager'] as const;
  const editors = ['admin', 'manager'] as const;

  /** A new script, written by the admin. */
  async function script(): Promise<{ id: number; version: number }> {
    return (
      await t
        .post('/api/scripts', admin.accessToken, {
          situation: 'first_call',
          title: '矩阵话术',
          body: '您好',
          forNewStaff: true,
        })
        .expect(201)
    ).body;
  }

  return {
    'GET /api/scripts': {
      allowed: everyone,
      call: (user) => t.get('/api/scripts?q=jzhs', user.accessToken),
    },
    'GET /api/scripts/reading-list': {
      allowed: everyone,
      call: (user) => t.get('/api/scripts/reading-list', user.accessToken),
    },
    'GET /api/scripts/:id': {
      allowed: everyone,
      call: async (user) => t.get(`/api/scripts/${(await script()).id}`, user.accessToken),
    },
    'POST /api/scripts': {
      allowed: editors,
      call: (user) =>
        t.post('/api/scripts', user.accessToken, {
          situation: 'other',
          title: '矩阵新建',
          body: '内容',
        }),
    },
    'PATCH /api/scripts/:id': {
      allowed: editors,
      call: async (user) => {
        const created = await script();
        return t.patch(`/api/scripts/${created.id}`, user.accessToken, {
          body: '改过的内容',
          version: created.version,
        });
      },
    },
    'DELETE /api/scripts/:id': {
      allowed: editors,
      call: async (user) =>
        t
          .http()
          .delete(`/api/scripts/${(await script()).id}`)
          .set('Authorization', `Bearer ${user.accessToken}`),
    },
    'GET /api/scripts/:id/versions': {
      allowed: everyone,
      call: async (user) => t.get(`/api/scripts/${(await script()).id}/versions`, user.accessToken),
    },
    'GET /api/scripts/:id/versions/:revision': {
      allowed: everyone,
      call: async (user) =>
        t.get(`/api/scripts/${(await script()).id}/versions/1`, user.accessToken),
    },
    'POST /api/scripts/:id/read': {
      allowed: everyone,
      call: async (user) => t.post(`/api/scripts/${(await script()).id}/read`, user.accessToken),
    },
  };
}
