import type { Role } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { uniqueMobile } from '../support/customer-factory';
import type { TestUser } from '../support/test-app';

const CUSTOMER_READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];

/** The customer base's rows of the role matrix. */
export function customersAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, users, managerOwner, customer, importFile } = ctx;

  /** Whether the user's role may import (the rows above need a file of their own then). */
  const row = (user: TestUser) => ['clerk', 'manager'].includes(user.role);

  return {
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
    'PUT /api/customers/:id/gold-imo': {
      allowed: ['manager'],
      call: async (user) =>
        t.put(`/api/customers/${await customer()}/gold-imo`, user.accessToken, {
          marked: true,
          version: 1,
        }),
    },
  };
}
