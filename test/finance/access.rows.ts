import type { Role } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { enrollingClass } from '../support/class-factory';
import type { TestUser } from '../support/test-app';

const MONEY_READERS: readonly Role[] = ['coordinator', 'finance', 'manager'];
const MONEY_WATCHERS: readonly Role[] = ['finance', 'manager'];
let keys = 0;

/**
 * The money's rows of the role matrix: coordinators see the money of the students they
 * enrolled, finance and managers everyone's and the finance views; finance records payments;
 * finance and managers reverse them.
 */
export function financeAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin, users, managerOwner } = ctx;
  const key = () => {
    keys += 1;
    return `matrix-${process.pid}-${keys}`;
  };

  /** A receivable of ¥1,000.00: the coordinator's own when a coordinator asks, else the manager's. */
  async function receivable(user: TestUser, role: Role): Promise<number> {
    const enroller = role === 'coordinator' ? user : managerOwner();
    const { classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: managerOwner().accessToken },
      { feeFen: 100_000 },
    );
    const customer = await ctx.customer();
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, enroller.accessToken, { customerId: customer })
      .expect(201);
    return enrolled.body.receivableId;
  }

  /** A receivable of the user's (see above) with ¥100.00 paid by finance. */
  async function paid(user: TestUser, role: Role): Promise<number> {
    const id = await receivable(user, role);
    await t
      .post(`/api/receivables/${id}/payments`, users.finance.accessToken, {
        amountFen: 10_000,
        methodCode: 'cash',
      })
      .set('Idempotency-Key', key())
      .expect(201);
    return id;
  }
  const upload = (user: TestUser) =>
    t
      .http()
      .post('/api/refunds/documents')
      .set('Authorization', `Bearer ${user.accessToken}`)
      .attach('file', Buffer.from('%PDF-1.4\n%矩阵\n'), 'request.pdf');
  /** A pending refund request of ¥50.00 by `requester` on a receivable `user` may see. */
  async function refund(user: TestUser, role: Role, requester: TestUser): Promise<number> {
    const id = await paid(user, role);
    const document = await upload(requester).expect(201);
    const created = await t
      .post(`/api/receivables/${id}/refunds`, requester.accessToken, {
        amountFen: 5_000,
        reason: '矩阵退费',
        documentId: document.body.id,
      })
      .expect(201);
    return created.body.id;
  }
  /** Someone other than `role` who may request refunds of any receivable. */
  const otherDecider = (role: Role) => (role === 'finance' ? users.manager : users.finance);

  return {
    'POST /api/refunds/documents': {
      allowed: MONEY_READERS,
      call: (user) => upload(user),
    },
    'POST /api/receivables/:id/refunds': {
      allowed: MONEY_READERS,
      call: async (user, role) => {
        const id = await paid(user, role);
        // Those the route refuses cannot upload either: theirs is a colleague's document.
        const uploader = MONEY_READERS.includes(role) ? user : otherDecider(role);
        const document = await upload(uploader).expect(201);
        return t.post(`/api/receivables/${id}/refunds`, user.accessToken, {
          amountFen: 5_000,
          reason: '矩阵退费',
          documentId: document.body.id,
        });
      },
    },
    'GET /api/refunds': {
      allowed: MONEY_READERS,
      call: (user) => t.get('/api/refunds', user.accessToken),
    },
    'GET /api/refunds/:id': {
      allowed: MONEY_READERS,
      call: async (user, role) =>
        t.get(
          `/api/refunds/${await refund(user, role, role === 'coordinator' ? user : otherDecider(role))}`,
          user.accessToken,
        ),
    },
    'GET /api/refunds/:id/document': {
      allowed: MONEY_READERS,
      call: async (user, role) =>
        t.get(
          `/api/refunds/${await refund(user, role, role === 'coordinator' ? user : otherDecider(role))}/document`,
          user.accessToken,
        ),
    },
    'POST /api/refunds/:id/approval': {
      allowed: ['finance', 'manager'],
      call: async (user, role) =>
        t
          .post(
            `/api/refunds/${await refund(user, role, otherDecider(role))}/approval`,
            user.accessToken,
            {
              methodCode: 'cash',
            },
          )
          .set('Idempotency-Key', key()),
    },
    'POST /api/refunds/:id/rejection': {
      allowed: ['finance', 'manager'],
      call: async (user, role) =>
        t.post(
          `/api/refunds/${await refund(user, role, otherDecider(role))}/rejection`,
          user.accessToken,
          {
            reason: '矩阵驳回',
          },
        ),
    },
    'GET /api/finance/closing-sheet': {
      allowed: MONEY_WATCHERS,
      call: (user) => t.get('/api/finance/closing-sheet', user.accessToken),
    },
    'GET /api/finance/classes': {
      allowed: MONEY_WATCHERS,
      call: (user) => t.get('/api/finance/classes', user.accessToken),
    },
    'GET /api/receivables': {
      allowed: MONEY_READERS,
      call: (user) => t.get('/api/receivables', user.accessToken),
    },
    'GET /api/receivables/:id': {
      allowed: MONEY_READERS,
      call: async (user, role) =>
        t.get(`/api/receivables/${await receivable(user, role)}`, user.accessToken),
    },
    'PUT /api/receivables/:id/instalments': {
      allowed: MONEY_READERS,
      call: async (user, role) =>
        t.put(`/api/receivables/${await receivable(user, role)}/instalments`, user.accessToken, {
          instalments: [
            { dueDate: '2027-03-01', amountFen: 50_000 },
            { dueDate: '2027-04-01', amountFen: 50_000 },
          ],
        }),
    },
    'POST /api/receivables/:id/payments': {
      allowed: ['finance'],
      call: async (user, role) =>
        t
          .post(`/api/receivables/${await receivable(user, role)}/payments`, user.accessToken, {
            amountFen: 10_000,
            methodCode: 'cash',
          })
          .set('Idempotency-Key', key()),
    },
    'POST /api/payments/:id/reversal': {
      allowed: ['finance', 'manager'],
      call: async (user, role) => {
        const paid = await t
          .post(
            `/api/receivables/${await receivable(user, role)}/payments`,
            users.finance.accessToken,
            {
              amountFen: 10_000,
              methodCode: 'cash',
            },
          )
          .set('Idempotency-Key', key())
          .expect(201);
        return t
          .post(`/api/payments/${paid.body.entry.id}/reversal`, user.accessToken, {
            reason: '矩阵冲正',
          })
          .set('Idempotency-Key', key());
      },
    },
  };
}
