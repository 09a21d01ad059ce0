import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../src/access/role';
import { backupDirectory } from '../../src/backups/backup-directory';
import { ROLES } from '../../src/access/role';
import { Notification } from '../../src/notifications/entities/notification.entity';
import { SmsMessage } from '../../src/notifications/sms/entities/sms-message.entity';
import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { walkRoutes } from '../support/route-walk';
import { TestApp, TestUser, uniqueUsername } from '../support/test-app';
import { Workbook } from 'exceljs';
import { authenticator } from 'otplib';

/** A request whose outcome the matrix reads: supertest's Test, or a promise of its response. */
type Call = (user: TestUser, role: Role) => PromiseLike<{ status: number }>;

interface MatrixRow {
  allowed: readonly Role[] | 'public';
  call: Call;
}

const ALL = ROLES;
const CUSTOMER_READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];

describe('access control', () => {
  let t: TestApp;
  let admin: TestUser;
  const users = {} as Record<Role, TestUser>;

  /** An account to act on, created by the admin (not signed in). */
  async function target(): Promise<number> {
    const response = await t
      .post('/api/admin/users', admin.accessToken, {
        username: uniqueUsername('target'),
        displayName: 'Target',
        role: 'coordinator',
        password: 'Target-Password-123',
      })
      .expect(201);
    return response.body.user.id;
  }

  async function version(id: number): Promise<number> {
    return (await t.get(`/api/admin/users/${id}`, admin.accessToken).expect(200)).body.version;
  }

  /** Whether the user's role may import (the rows above need a file of their own then). */
  const row = (user: TestUser) => ['clerk', 'manager'].includes(user.role);

  /** A one-row (or, with `bad`, a one-bad-row) customer spreadsheet. */
  async function importFile(bad = false): Promise<Buffer> {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['姓名*', '手机*']);
    sheet.addRow(['矩阵导入', bad ? '12345' : uniqueMobile()]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** A fresh customer, owned by the matrix's manager. */
  async function customer(): Promise<number> {
    return (await createCustomer(t, managerOwner().accessToken)).id;
  }

  /** A manager of its own, so that the role rows' users keep their daily quota for the rows. */
  const managerOwner = () => owner;
  let owner: TestUser;

  /** An outbox row in the given state (a factory row: the outbox has no API to queue). */
  async function smsMessage(status: 'sent' | 'failed'): Promise<number> {
    const now = t.clock.now();
    const inserted = await t.dataSource.getRepository(SmsMessage).insert({
      purpose: 'alert',
      recipientKind: 'user',
      userId: admin.id,
      phone: uniqueMobile(),
      body: 'Matrix message',
      status,
      attempts: 1,
      sendAfter: now,
      nextAttemptAt: now,
    });
    return inserted.identifiers[0].id;
  }

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

  /** A signed-in user of the role for calls that end or change its session. */
  const fresh = (role: Role) => t.createUser(role);

  const INTERACTION_READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];
  const INTERACTION_WRITERS: readonly Role[] = ['clerk', 'coordinator', 'manager'];

  /** The id of an interaction type by code. */
  async function typeId(code: string): Promise<number> {
    const types = await t.get('/api/interaction-types', managerOwner().accessToken).expect(200);
    return types.body.find((type: { code: string }) => type.code === code).id;
  }

  /** A plan the user is on (made by the matrix's manager for roles that cannot plan). */
  async function planOf(user: TestUser): Promise<{ id: number; version: number }> {
    const planner = INTERACTION_WRITERS.includes(user.role) ? user : managerOwner();
    const due = new Date(t.clock.now().getTime() + 2 * 24 * 3600_000).toISOString();
    const created = await t
      .post('/api/plans', planner.accessToken, {
        customerId: await customer(),
        typeId: await typeId('care'),
        content: 'Matrix plan',
        dueAt: due,
      })
      .expect(201);
    return created.body.plan;
  }

  /** A record the user wrote (by the matrix's manager for roles that cannot write one). */
  async function recordOf(user: TestUser): Promise<{ id: number; version: number }> {
    const writer = INTERACTION_WRITERS.includes(user.role) ? user : managerOwner();
    const created = await t
      .post('/api/interactions', writer.accessToken, {
        customerId: await customer(),
        typeId: await typeId('care'),
        channel: 'phone',
        content: 'Matrix record',
      })
      .expect(201);
    return created.body.record;
  }

  /** A custom interaction type nobody used. */
  async function customType(): Promise<{ id: number; version: number }> {
    const created = await t
      .post('/api/admin/interaction-types', admin.accessToken, {
        code: `m_${uniqueUsername('t').toLowerCase()}`,
        name: 'Matrix type',
      })
      .expect(201);
    return created.body;
  }

  /** A new holiday of the dictionary (care templates and dates are per holiday code). */
  async function holidayCode(): Promise<string> {
    const code = `m${uniqueMobile()}`;
    await t
      .post('/api/admin/dictionary/holiday', admin.accessToken, { code, label: '矩阵节日' })
      .expect(201);
    return code;
  }

  /** A care template of a new holiday. */
  async function careTemplate(): Promise<{ id: number; version: number }> {
    const holiday = await holidayCode();
    return (
      await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          holidayCode: holiday,
          body: '{name}，{occasion}快乐',
        })
        .expect(201)
    ).body;
  }

  /** What each role may do with each route: 2xx for the allowed, 403 for the others. */
  const matrix: Record<string, MatrixRow> = {
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
    'GET /api/notifications': {
      allowed: ALL,
      call: (user) => t.get('/api/notifications', user.accessToken),
    },
    'POST /api/notifications/read-all': {
      allowed: ALL,
      call: (user) => t.post('/api/notifications/read-all', user.accessToken),
    },
    'POST /api/notifications/:id/read': {
      allowed: ALL,
      call: async (user) => {
        // A factory row: the inbox API has no way to send a message to oneself.
        const inserted = await t.dataSource
          .getRepository(Notification)
          .insert({ userId: user.id, kind: 'test', title: 'Matrix', body: 'A message' });
        return t.post(`/api/notifications/${inserted.identifiers[0].id}/read`, user.accessToken);
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

    // Scheduled jobs: admins only. The SMS outbox: admins and managers read, admins retry.
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

    // Database backups: admins only (past the guard, a server database answers 409: see backupCall).
    'GET /api/admin/backups': {
      allowed: ['admin'],
      call: (user) => backupCall(t.get('/api/admin/backups', user.accessToken)),
    },
    'POST /api/admin/backups': {
      allowed: ['admin'],
      call: (user) => backupCall(t.post('/api/admin/backups', user.accessToken)),
    },
    'GET /api/admin/sms-outbox': {
      allowed: ['admin', 'manager'],
      call: (user) => t.get('/api/admin/sms-outbox', user.accessToken),
    },
    'GET /api/admin/sms-outbox/:id': {
      allowed: ['admin', 'manager'],
      call: async (user) =>
        t.get(`/api/admin/sms-outbox/${await smsMessage('sent')}`, user.accessToken),
    },
    'POST /api/admin/sms-outbox/:id/retry': {
      allowed: ['admin'],
      call: async (user) =>
        t.post(`/api/admin/sms-outbox/${await smsMessage('failed')}/retry`, user.accessToken),
    },

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

    // The customer base: admins see no customer data; only managers delete, restore, erase, transfer.
    'GET /api/customers': {
      allowed: CUSTOMER_READERS,
      call: (user) => t.get('/api/customers', user.accessToken),
    },
    'POST /api/customers': {
      allowed: ['clerk', 'coordinator', 'manager'],
      call: (user) =>
        t.post('/api/customers', user.accessToken, { name: '矩阵', mobile: uniqueMobile() }),
    },
    'GET /api/customers/:id': {
      allowed: CUSTOMER_READERS,
      call: async (user) => t.get(`/api/customers/${await customer()}`, user.accessToken),
    },
    'GET /api/customers/:id/overview': {
      allowed: CUSTOMER_READERS,
      call: async (user) => t.get(`/api/customers/${await customer()}/overview`, user.accessToken),
    },
    'GET /api/customers/:id/referrals': {
      allowed: CUSTOMER_READERS,
      call: async (user) => t.get(`/api/customers/${await customer()}/referrals`, user.accessToken),
    },
    'POST /api/customers/:id/reveal-phone': {
      allowed: ['clerk', 'coordinator', 'manager'],
      call: async (user) =>
        t.post(`/api/customers/${await customer()}/reveal-phone`, user.accessToken),
    },
    'PATCH /api/customers/:id': {
      allowed: ['clerk', 'coordinator', 'manager'],
      call: async (user) => {
        const id = await customer();
        return t.patch(`/api/customers/${id}`, user.accessToken, { level: 'B', version: 1 });
      },
    },
    'DELETE /api/customers/:id': {
      allowed: ['manager'],
      call: async (user) =>
        t
          .http()
          .delete(`/api/customers/${await customer()}`)
          .set('Authorization', `Bearer ${user.accessToken}`),
    },
    'POST /api/customers/:id/restore': {
      allowed: ['manager'],
      call: async (user) => {
        const id = await customer();
        await t
          .http()
          .delete(`/api/customers/${id}`)
          .set('Authorization', `Bearer ${managerOwner().accessToken}`)
          .expect(204);
        return t.post(`/api/customers/${id}/restore`, user.accessToken);
      },
    },
    'POST /api/customers/:id/erase': {
      allowed: ['manager'],
      call: async (user) =>
        t.post(`/api/customers/${await customer()}/erase`, user.accessToken, {
          reason: 'matrix erasure request',
        }),
    },
    'GET /api/customers/import/template': {
      allowed: ['clerk', 'manager'],
      call: (user) => t.get('/api/customers/import/template', user.accessToken),
    },
    'POST /api/customers/import': {
      allowed: ['clerk', 'manager'],
      call: async (user) =>
        t
          .http()
          .post('/api/customers/import?dryRun=true')
          .set('Authorization', `Bearer ${user.accessToken}`)
          .attach('file', await importFile(), 'customers.xlsx'),
    },
    'GET /api/customers/import/rejected/:fileId': {
      allowed: ['clerk', 'manager'],
      call: async (user) => {
        // Each allowed user fetches the rejected rows of their own import; others are refused first.
        const own = row(user);
        if (!own)
          return t.get(`/api/customers/import/rejected/${'0'.repeat(32)}`, user.accessToken);
        const imported = await t
          .http()
          .post('/api/customers/import?dryRun=false')
          .set('Authorization', `Bearer ${user.accessToken}`)
          .attach('file', await importFile(true), 'customers.xlsx')
          .expect(200);
        return t.get(
          `/api/customers/import/rejected/${imported.body.rejectedFileId}`,
          user.accessToken,
        );
      },
    },
    'GET /api/interaction-types': {
      allowed: ALL,
      call: (user) => t.get('/api/interaction-types', user.accessToken),
    },
    'GET /api/admin/interaction-types': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/interaction-types', user.accessToken),
    },
    'POST /api/admin/interaction-types': {
      allowed: ['admin'],
      call: (user) =>
        t.post('/api/admin/interaction-types', user.accessToken, {
          code: `m_${uniqueUsername('p').toLowerCase()}`,
          name: 'Matrix',
        }),
    },
    'PATCH /api/admin/interaction-types/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const type = await customType();
        return t.patch(`/api/admin/interaction-types/${type.id}`, user.accessToken, {
          version: type.version,
          name: 'Matrix renamed',
        });
      },
    },
    'DELETE /api/admin/interaction-types/:id': {
      allowed: ['admin'],
      call: async (user) =>
        t
          .http()
          .delete(`/api/admin/interaction-types/${(await customType()).id}`)
          .set('Authorization', `Bearer ${user.accessToken}`),
    },
    'GET /api/plans': {
      allowed: INTERACTION_READERS,
      call: (user) => t.get('/api/plans', user.accessToken),
    },
    'GET /api/plans/briefing': {
      allowed: INTERACTION_READERS,
      call: async (user) =>
        t.get(`/api/plans/briefing?customerId=${await customer()}`, user.accessToken),
    },
    'POST /api/plans': {
      allowed: INTERACTION_WRITERS,
      call: async (user) =>
        t.post('/api/plans', user.accessToken, {
          customerId: await customer(),
          typeId: await typeId('follow_up'),
          content: 'Matrix',
          dueAt: new Date(t.clock.now().getTime() + 3600_000).toISOString(),
        }),
    },
    'GET /api/plans/:id': {
      allowed: INTERACTION_READERS,
      call: async (user) => t.get(`/api/plans/${(await planOf(user)).id}`, user.accessToken),
    },
    'PATCH /api/plans/:id': {
      allowed: INTERACTION_WRITERS,
      call: async (user) => {
        const plan = await planOf(user);
        return t.patch(`/api/plans/${plan.id}`, user.accessToken, {
          version: plan.version,
          content: 'Changed',
        });
      },
    },
    'POST /api/plans/:id/delegate': {
      allowed: INTERACTION_WRITERS,
      call: async (user) => {
        const plan = await planOf(user);
        const helper = user.id === managerOwner().id ? users.coordinator : managerOwner();
        return t.post(`/api/plans/${plan.id}/delegate`, user.accessToken, {
          version: plan.version,
          assigneeId: helper.id,
          note: 'Matrix',
        });
      },
    },
    'POST /api/plans/:id/complete': {
      allowed: INTERACTION_WRITERS,
      call: async (user) => {
        const plan = await planOf(user);
        return t.post(`/api/plans/${plan.id}/complete`, user.accessToken, {
          version: plan.version,
          channel: 'phone',
          content: 'Done',
        });
      },
    },
    'POST /api/plans/:id/cancel': {
      allowed: INTERACTION_WRITERS,
      call: async (user) => {
        const plan = await planOf(user);
        return t.post(`/api/plans/${plan.id}/cancel`, user.accessToken, {
          version: plan.version,
          reason: 'Matrix',
        });
      },
    },
    'GET /api/interactions': {
      allowed: INTERACTION_READERS,
      call: (user) => t.get('/api/interactions', user.accessToken),
    },
    'POST /api/interactions': {
      allowed: INTERACTION_WRITERS,
      call: async (user) =>
        t.post('/api/interactions', user.accessToken, {
          customerId: await customer(),
          typeId: await typeId('care'),
          channel: 'phone',
          content: 'Matrix',
        }),
    },
    'GET /api/interactions/:id': {
      allowed: INTERACTION_READERS,
      call: async (user) =>
        t.get(`/api/interactions/${(await recordOf(user)).id}`, user.accessToken),
    },
    'PATCH /api/interactions/:id': {
      allowed: INTERACTION_WRITERS,
      call: async (user) => {
        const record = await recordOf(user);
        return t.patch(`/api/interactions/${record.id}`, user.accessToken, {
          version: record.version,
          content: 'Changed',
        });
      },
    },
    'GET /api/todo': {
      allowed: INTERACTION_READERS,
      call: (user) => t.get('/api/todo', user.accessToken),
    },
    'GET /api/work': {
      allowed: INTERACTION_READERS,
      call: (user) => t.get('/api/work', user.accessToken),
    },
    'GET /api/admin/follow-up-cycles': {
      allowed: ['admin', 'manager'],
      call: (user) => t.get('/api/admin/follow-up-cycles', user.accessToken),
    },
    'PUT /api/admin/follow-up-cycles': {
      allowed: ['admin'],
      call: (user) =>
        t.put('/api/admin/follow-up-cycles', user.accessToken, {
          cycles: [
            { basis: 'level', code: 'A', intervalDays: 5 },
            { basis: 'level', code: 'B', intervalDays: 10 },
            { basis: 'level', code: 'C', intervalDays: 30 },
          ],
        }),
    },
    'GET /api/customers/export': {
      allowed: ['manager'],
      call: (user) => t.get('/api/customers/export?level=A', user.accessToken),
    },
    'POST /api/customers/transfer': {
      allowed: ['manager'],
      call: async (user) => {
        const from = managerOwner();
        await customer();
        return t.post('/api/customers/transfer', user.accessToken, {
          fromOwnerId: from.id,
          toOwnerId: users.coordinator.id,
        });
      },
    },

    // Customer care: the staff who care for customers see the queued greetings; admins keep the templates and dates.
    'GET /api/care/upcoming': {
      allowed: ['clerk', 'coordinator', 'manager'],
      call: (user) => t.get('/api/care/upcoming', user.accessToken),
    },
    'GET /api/admin/care/templates': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/care/templates', user.accessToken),
    },
    'POST /api/admin/care/templates': {
      allowed: ['admin'],
      call: async (user) =>
        t.post('/api/admin/care/templates', user.accessToken, {
          occasion: 'holiday',
          holidayCode: await holidayCode(),
          body: '{name}，节日快乐',
        }),
    },
    'PATCH /api/admin/care/templates/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const template = await careTemplate();
        return t.patch(`/api/admin/care/templates/${template.id}`, user.accessToken, {
          version: template.version,
          body: '{name}，{date}快乐',
        });
      },
    },
    'GET /api/admin/care/holiday-dates': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/care/holiday-dates?year=2026', user.accessToken),
    },
    'POST /api/admin/care/holiday-dates': {
      allowed: ['admin'],
      call: async (user) =>
        t.post('/api/admin/care/holiday-dates', user.accessToken, {
          holidayCode: await holidayCode(),
          date: '2026-07-01',
        }),
    },
    'DELETE /api/admin/care/holiday-dates/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const created = await t
          .post('/api/admin/care/holiday-dates', admin.accessToken, {
            holidayCode: await holidayCode(),
            date: '2026-07-01',
          })
          .expect(201);
        return t
          .http()
          .delete(`/api/admin/care/holiday-dates/${created.body.id}`)
          .set('Authorization', `Bearer ${user.accessToken}`);
      },
    },
  };

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    for (const role of ROLES) users[role] = await t.createUser(role);
    owner = await t.createUser('manager');
  });
  afterAll(() => t.close());

  describe('route walk', () => {
    it('finds every route either public or guarded by a declared policy', () => {
      const routes = walkRoutes(t.app);
      expect(routes.length).toBeGreaterThan(20);
      const undeclared = routes.filter((route) => !route.policy).map((route) => route.handler);
      expect(undeclared).toEqual([]);
    });

    it('finds every write route audited by the interceptor or its service', () => {
      const unaudited = walkRoutes(t.app)
        .filter((route) => route.method !== 'GET' && !route.audit)
        .map((route) => route.handler);
      expect(unaudited).toEqual([]);
    });

    it('finds every admin route declared with @AdminController and guarded by an ability', () => {
      const underAdmin = (path: string) => path.startsWith('/api/admin/');
      const stray = walkRoutes(t.app)
        .filter((route) => underAdmin(route.path) || route.admin)
        .filter(
          (route) => !(underAdmin(route.path) && route.admin && route.policy?.kind === 'ability'),
        )
        .map((route) => route.handler);
      expect(stray).toEqual([]);
    });

    it('has a row in the role matrix for every route, and no row for a route that is gone', () => {
      expect(walkRoutes(t.app).map((route) => route.key)).toEqual(
        Object.keys(matrix).sort((a, b) => a.localeCompare(b)),
      );
    });

    it('answers 401 without a token on every route that is not public', async () => {
      for (const route of walkRoutes(t.app).filter((r) => r.policy?.kind !== 'public')) {
        const path = route.path.replace(':id', '1').replace(':role', 'clerk');
        const response = await t.http()[route.method.toLowerCase() as 'get'](path);
        expect([route.key, response.status]).toEqual([route.key, 401]);
      }
    });
  });

  describe('role matrix', () => {
    for (const role of ROLES) {
      it(`${role}: 2xx where allowed, 403 elsewhere`, async () => {
        const outcomes: string[] = [];
        const expected: string[] = [];
        for (const [key, row] of Object.entries(matrix)) {
          const allowed = row.allowed === 'public' || row.allowed.includes(role);
          const response = await row.call(users[role], role);
          const status = response.status;
          outcomes.push(`${key} -> ${status >= 200 && status < 300 ? '2xx' : status}`);
          expected.push(`${key} -> ${allowed ? '2xx' : 403}`);
        }
        expect(outcomes).toEqual(expected);
      });
    }
  });
});
