import type { Role } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import type { TestUser } from '../support/test-app';

/** The roles that post notices (and change their own). */
const AUTHORS: readonly Role[] = ['admin', 'clerk', 'manager'];

/**
 * The bulletin board's rows of the role matrix: every role reads the board and marks notices
 * read; clerks, managers and admins post, and change their own notices. A row that changes a
 * notice acts on one the caller wrote (or, for a role that may not write, the matrix manager's).
 */
export function bulletinAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, managerOwner } = ctx;

  /** A notice for all staff, written by `user` if their role posts, else by the matrix's manager. */
  async function notice(user: TestUser, role: Role): Promise<{ id: number; version: number }> {
    const author = AUTHORS.includes(role) ? user : managerOwner();
    return (
      await t
        .post('/api/bulletin', author.accessToken, {
          title: '矩阵公告',
          body: '正文',
          category: 'company',
          audience: 'all',
        })
        .expect(201)
    ).body;
  }

  return {
    'GET /api/bulletin': {
      allowed: ['admin', 'clerk', 'coordinator', 'finance', 'manager'],
      call: (user) => t.get('/api/bulletin', user.accessToken),
    },
    'GET /api/bulletin/calendar': {
      allowed: ['admin', 'clerk', 'coordinator', 'finance', 'manager'],
      call: (user) => t.get('/api/bulletin/calendar?weeks=2', user.accessToken),
    },
    'GET /api/bulletin/managed': {
      allowed: AUTHORS,
      call: (user) => t.get('/api/bulletin/managed', user.accessToken),
    },
    'GET /api/bulletin/:id': {
      allowed: ['admin', 'clerk', 'coordinator', 'finance', 'manager'],
      call: async (user, role) =>
        t.get(`/api/bulletin/${(await notice(user, role)).id}`, user.accessToken),
    },
    'POST /api/bulletin': {
      allowed: AUTHORS,
      call: (user) =>
        t.post('/api/bulletin', user.accessToken, {
          title: '矩阵发布',
          body: '正文',
          category: 'policy',
          audience: 'roles',
          roles: ['manager'],
        }),
    },
    'PATCH /api/bulletin/:id': {
      allowed: AUTHORS,
      call: async (user, role) => {
        const created = await notice(user, role);
        return t.patch(`/api/bulletin/${created.id}`, user.accessToken, {
          version: created.version,
          pinned: true,
        });
      },
    },
    'DELETE /api/bulletin/:id': {
      allowed: AUTHORS,
      call: async (user, role) =>
        t
          .http()
          .delete(`/api/bulletin/${(await notice(user, role)).id}`)
          .set('Authorization', `Bearer ${user.accessToken}`),
    },
    'POST /api/bulletin/:id/read': {
      allowed: ['admin', 'clerk', 'coordinator', 'finance', 'manager'],
      call: async (user, role) =>
        t.post(`/api/bulletin/${(await notice(user, role)).id}/read`, user.accessToken),
    },
    'GET /api/bulletin/:id/unread-by': {
      allowed: AUTHORS,
      call: async (user, role) =>
        t.get(`/api/bulletin/${(await notice(user, role)).id}/unread-by`, user.accessToken),
    },
  };
}
