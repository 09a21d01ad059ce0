import { ROLES } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { uniqueMobile } from '../support/customer-factory';

const ALL = ROLES;

/** The dictionary's rows of the role matrix: everyone reads, admins keep the entries. */
export function dictionaryAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin } = ctx;
  return {
    'GET /api/dictionary/:type': {
      allowed: ALL,
      call: (user) => t.get('/api/dictionary/industry', user.accessToken),
    },
    'GET /api/regions': { allowed: ALL, call: (user) => t.get('/api/regions', user.accessToken) },
    'GET /api/admin/dictionary/:type': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/dictionary/source', user.accessToken),
    },
    'POST /api/admin/dictionary/:type': {
      allowed: ['admin'],
      call: (user) =>
        t.post('/api/admin/dictionary/source', user.accessToken, {
          code: `m${uniqueMobile()}`,
          label: '矩阵来源',
        }),
    },
    'PATCH /api/admin/dictionary/:type/:code': {
      allowed: ['admin'],
      call: async (user) => {
        const code = `m${uniqueMobile()}`;
        const created = await t
          .post('/api/admin/dictionary/source', admin.accessToken, { code, label: '矩阵来源' })
          .expect(201);
        return t.patch(`/api/admin/dictionary/source/${code}`, user.accessToken, {
          label: '改名',
          version: created.body.version,
        });
      },
    },
  };
}
