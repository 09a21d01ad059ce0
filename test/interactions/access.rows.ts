import type { Role } from '../../src/access/role';
import { ROLES } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { TestUser, uniqueUsername } from '../support/test-app';

const ALL = ROLES;
const INTERACTION_READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];
const INTERACTION_WRITERS: readonly Role[] = ['clerk', 'coordinator', 'manager'];

/** The interactions' rows of the role matrix: types, plans, records, to-dos, follow-up cycles. */
export function interactionsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin, users, managerOwner, customer } = ctx;

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

  return {
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
    'GET /api/plans/assignees': {
      allowed: INTERACTION_WRITERS,
      call: (user) => t.get('/api/plans/assignees?q=a', user.accessToken),
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
  };
}
