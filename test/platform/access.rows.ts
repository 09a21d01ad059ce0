import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupDirectory } from '../../src/backups/backup-directory';
import { ROLES } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { uniqueUsername } from '../support/test-app';
import { authenticator } from 'otplib';

const ALL = ROLES;

/** The platform's rows of the role matrix: health, sign-in, accounts, roles, audit, backups. */
export function platformAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin, fresh, target, version } = ctx;

  /**
   * A backup route's outcome. On PostgreSQL the guard lets an admin through and the service
   * answers 409 BACKUP_NATIVE_TOOLS (that database is backed up with its own tools), which
   * the matrix counts as allowed; on SQLite the backup taken is deleted again.
   */
  async function backupCall(
    call: PromiseLike<{ status: number; body: { code?: string; name?: string } }>,
  ) {
    const response = await call;
    if (
      response.status === 409 &&
      response.body.code === 'BACKUP_NATIVE_TOOLS' &&
      t.config.database.type !== 'sqlite'
    )
      return { status: 200 };
    if (response.status === 201 && response.body.name)
      rmSync(join(backupDirectory(t.config), response.body.name), { force: true });
    return response;
  }

  return {
    'GET /api/health': { allowed: 'public', call: () => t.get('/api/health') },
    'POST /api/auth/login': {
      allowed: 'public',
      call: (user) => t.signIn(user.username, user.password),
    },
    'POST /api/auth/refresh': {
      allowed: 'public',
      call: async (_user, role) => {
        const own = await fresh(role);
        return t.post('/api/auth/refresh', undefined, { refreshToken: own.refreshToken });
      },
    },
    'POST /api/auth/logout': {
      allowed: ALL,
      call: async (_user, role) => t.post('/api/auth/logout', (await fresh(role)).accessToken),
    },
    'GET /api/auth/me': { allowed: ALL, call: (user) => t.get('/api/auth/me', user.accessToken) },
    'POST /api/auth/password': {
      allowed: ALL,
      call: async (_user, role) => {
        const own = await fresh(role);
        return t.post('/api/auth/password', own.accessToken, {
          currentPassword: own.password,
          newPassword: 'Another-Good-Pass-42',
        });
      },
    },
    'POST /api/auth/2fa/setup': {
      allowed: ALL,
      call: async (_user, role) => t.post('/api/auth/2fa/setup', (await fresh(role)).accessToken),
    },
    'POST /api/auth/2fa/enable': {
      allowed: ALL,
      call: async (_user, role) => {
        const own = await fresh(role);
        const setup = await t.post('/api/auth/2fa/setup', own.accessToken).expect(200);
        const code = authenticator
          .clone({ epoch: t.clock.now().getTime() })
          .generate(setup.body.secret);
        return t.post('/api/auth/2fa/enable', own.accessToken, { code });
      },
    },
    'GET /api/admin/audit-logs': {
      allowed: ['manager'],
      call: (user) => t.get('/api/admin/audit-logs', user.accessToken),
    },
    'GET /api/admin/users': {
      allowed: ['admin', 'clerk', 'manager'],
      call: (user) => t.get('/api/admin/users', user.accessToken),
    },
    'POST /api/admin/users': {
      allowed: ['admin'],
      call: (user) =>
        t.post('/api/admin/users', user.accessToken, {
          username: uniqueUsername('made'),
          displayName: 'Made',
          role: 'finance',
        }),
    },
    'GET /api/admin/users/:id': {
      allowed: ['admin', 'clerk', 'manager'],
      call: async (user) => t.get(`/api/admin/users/${await target()}`, user.accessToken),
    },
    'PATCH /api/admin/users/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const id = await target();
        return t.patch(`/api/admin/users/${id}`, user.accessToken, {
          displayName: 'Changed',
          version: await version(id),
        });
      },
    },
    'PUT /api/admin/users/:id/permissions': {
      allowed: ['admin'],
      call: async (user) => {
        const id = await target();
        return t.put(`/api/admin/users/${id}/permissions`, user.accessToken, {
          grants: ['User:read'],
          denials: [],
          version: await version(id),
        });
      },
    },
    'POST /api/admin/users/:id/freeze': {
      allowed: ['admin', 'manager'],
      call: async (user) =>
        t.post(`/api/admin/users/${await target()}/freeze`, user.accessToken, { reason: 'matrix' }),
    },
    'POST /api/admin/users/:id/unfreeze': {
      allowed: ['admin', 'clerk', 'manager'],
      call: async (user) => {
        const id = await target();
        await t
          .post(`/api/admin/users/${id}/freeze`, admin.accessToken, { reason: 'matrix' })
          .expect(200);
        return t.post(`/api/admin/users/${id}/unfreeze`, user.accessToken);
      },
    },
    'POST /api/admin/users/:id/disable': {
      allowed: ['admin'],
      call: async (user) => t.post(`/api/admin/users/${await target()}/disable`, user.accessToken),
    },
    'POST /api/admin/users/:id/enable': {
      allowed: ['admin'],
      call: async (user) => {
        const id = await target();
        await t.post(`/api/admin/users/${id}/disable`, admin.accessToken).expect(200);
        return t.post(`/api/admin/users/${id}/enable`, user.accessToken);
      },
    },
    'POST /api/admin/users/:id/reset-password': {
      allowed: ['admin'],
      call: async (user) =>
        t.post(`/api/admin/users/${await target()}/reset-password`, user.accessToken),
    },
    'POST /api/admin/users/:id/reset-2fa': {
      allowed: ['admin'],
      call: async (user) =>
        t.post(`/api/admin/users/${await target()}/reset-2fa`, user.accessToken),
    },
    'POST /api/admin/users/:id/unlock': {
      allowed: ['admin', 'manager'],
      call: async (user) => t.post(`/api/admin/users/${await target()}/unlock`, user.accessToken),
    },
    'GET /api/admin/roles': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/roles', user.accessToken),
    },
    'PATCH /api/admin/roles/:role': {
      allowed: ['admin'],
      call: (user) =>
        t.patch('/api/admin/roles/finance', user.accessToken, { requireTwoFactor: false }),
    },
    'GET /api/admin/permissions': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/permissions', user.accessToken),
    },

    // Database backups: admins only (past the guard, a server database answers 409: see backupCall).
    'GET /api/admin/backups': {
      allowed: ['admin'],
      call: (user) => backupCall(t.get('/api/admin/backups', user.accessToken)),
    },
    'POST /api/admin/backups': {
      allowed: ['admin'],
      call: (user) => backupCall(t.post('/api/admin/backups', user.accessToken)),
    },
  };
}
