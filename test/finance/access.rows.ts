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

  return {
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
