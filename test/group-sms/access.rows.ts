import { SmsCampaign } from '../../src/modules/group-sms/entities/sms-campaign.entity';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { createSmsTemplate } from '../support/sms-template-factory';

const GROUP_TEMPLATE = {
  kind: 'group',
  body: '{name}您好，{course}将于{startDate}开课，欢迎报名。',
};

/**
 * Group SMS's rows of the role matrix: managers make, start, approve and cancel campaigns (others
 * only by a grant); whoever may change customers sets their marketing opt-out.
 */
export function groupSmsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, managerOwner } = ctx;
  let templateId: number | undefined;

  /** A draft campaign of the matrix's manager, to the customers of a new staff member: none. */
  async function campaign(): Promise<number> {
    templateId ??= (await createSmsTemplate(t, ctx.admin.accessToken, GROUP_TEMPLATE)).id;
    const created = await t
      .post('/api/sms-campaigns', managerOwner().accessToken, {
        name: '矩阵群发',
        templateId,
        values: { course: 'TR1', startDate: '5月10日' },
        audience: 'customers',
        filter: { ownerId: await ctx.target() },
      })
      .expect(201);
    return created.body.id as number;
  }

  /** A campaign of the matrix's manager awaiting approval (counted above any limit). */
  async function awaiting(): Promise<number> {
    const id = await campaign();
    await t.dataSource.getRepository(SmsCampaign).update({ id }, { recipientCount: 1_000_000 });
    await t.post(`/api/sms-campaigns/${id}/start`, managerOwner().accessToken).expect(200);
    return id;
  }

  return {
    'GET /api/sms-campaigns': {
      allowed: ['manager'],
      call: (user) => t.get('/api/sms-campaigns', user.accessToken),
    },
    'POST /api/sms-campaigns': {
      allowed: ['manager'],
      call: async (user) =>
        t.post('/api/sms-campaigns', user.accessToken, {
          name: '矩阵群发',
          templateId: (templateId ??= (
            await createSmsTemplate(t, ctx.admin.accessToken, GROUP_TEMPLATE)
          ).id),
          values: { course: 'TR1', startDate: '5月10日' },
          audience: 'customers',
          filter: { ownerId: await ctx.target() },
        }),
    },
    'GET /api/sms-campaigns/:id': {
      allowed: ['manager'],
      call: async (user) => t.get(`/api/sms-campaigns/${await campaign()}`, user.accessToken),
    },
    'GET /api/sms-campaigns/:id/preview': {
      allowed: ['manager'],
      call: async (user) =>
        t.get(`/api/sms-campaigns/${await campaign()}/preview`, user.accessToken),
    },
    'POST /api/sms-campaigns/:id/start': {
      allowed: ['manager'],
      call: async (user) =>
        t.post(`/api/sms-campaigns/${await campaign()}/start`, user.accessToken),
    },
    'POST /api/sms-campaigns/:id/approve': {
      allowed: ['manager'],
      call: async (user) =>
        t.post(`/api/sms-campaigns/${await awaiting()}/approve`, user.accessToken),
    },
    'POST /api/sms-campaigns/:id/reject': {
      allowed: ['manager'],
      call: async (user) =>
        t.post(`/api/sms-campaigns/${await awaiting()}/reject`, user.accessToken, {
          reason: '矩阵驳回',
        }),
    },
    'POST /api/sms-campaigns/:id/cancel': {
      allowed: ['manager'],
      call: async (user) =>
        t.post(`/api/sms-campaigns/${await campaign()}/cancel`, user.accessToken),
    },
    'PUT /api/customers/:id/marketing-opt-out': {
      allowed: ['clerk', 'coordinator', 'manager'],
      call: async (user) =>
        t.put(`/api/customers/${await ctx.customer()}/marketing-opt-out`, user.accessToken, {
          optOut: true,
        }),
    },
  };
}
