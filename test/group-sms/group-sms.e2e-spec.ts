import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { enrollingClass } from '../support/class-factory';
import { createSmsTemplate } from '../support/sms-template-factory';
import { TestApp, TestUser } from '../support/test-app';
import {
  advanceToShanghaiHour,
  Campaign,
  campaignMessages,
  runJob,
  settled,
} from './campaign-helpers';

const VALUES = { course: 'TR1 领袖素质管理', startDate: '5月10日' };

describe('group SMS (§1.2 j): filtered or roster audiences, skips, once per customer, approval, scope', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let secondManager: TestUser;
  let coordinator: TestUser;
  let templateId: number;

  /** A staff member whose customers make up one test's audience (the filter is `ownerId`). */
  async function owner(): Promise<number> {
    return (await t.createUser('coordinator')).id;
  }

  async function customerOf(ownerId: number, fields: Record<string, unknown> = {}) {
    return createCustomer(t, manager.accessToken, { name: '群发客户', ownerId, ...fields });
  }

  function create(user: TestUser, body: Record<string, unknown>) {
    return t.post('/api/sms-campaigns', user.accessToken, {
      name: '五一课程通知',
      templateId,
      values: VALUES,
      ...body,
    });
  }

  /** The user's inbox notifications about one campaign. */
  async function inbox(user: TestUser, campaignId: number) {
    const page = await t.get('/api/notifications?pageSize=100', user.accessToken).expect(200);
    return (page.body.items as { kind: string; title: string; data: { campaignId?: number } }[])
      .filter((item) => item.data?.campaignId === campaignId)
      .map(({ kind, title }) => ({ kind, title }));
  }

  beforeAll(async () => {
    t = await TestApp.start({ configure: (config) => (config.sms.campaignApprovalAbove = 3) });
    advanceToShanghaiHour(t, 10);
    admin = await t.admin();
    manager = await t.createUser('manager');
    secondManager = await t.createUser('manager');
    coordinator = await t.createUser('coordinator');
    templateId = (
      await createSmsTemplate(t, admin.accessToken, {
        kind: 'group',
        body: '{name}您好，{course}将于{startDate}开课，欢迎报名。',
      })
    ).id;
  });

  afterAll(() => t.close());

  it('texts a filtered set once, skipping the opted-out and the erased, however often it is started', async () => {
    const ownerId = await owner();
    const mobiles = [uniqueMobile(), uniqueMobile()];
    const first = await customerOf(ownerId, { name: '甲客户', mobile: mobiles[0] });
    const second = await customerOf(ownerId, { mobile: mobiles[1] });
    const marketingOut = await customerOf(ownerId);
    await t
      .put(`/api/customers/${marketingOut.id}/marketing-opt-out`, manager.accessToken, {
        optOut: true,
      })
      .expect(200, { id: marketingOut.id, code: marketingOut.code, marketingOptOut: true });
    await customerOf(ownerId, { care: { smsOptOut: true } });
    const erased = await customerOf(ownerId);
    await t
      .post(`/api/customers/${erased.id}/erase`, manager.accessToken, { reason: '客户要求删除' })
      .expect(200);
    const deleted = await customerOf(ownerId);
    await t
      .http()
      .delete(`/api/customers/${deleted.id}`)
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .expect(204);

    const created = await create(manager, { audience: 'customers', filter: { ownerId } }).expect(
      201,
    );
    const campaign = created.body as Campaign;
    expect(campaign).toMatchObject({ status: 'draft', recipientCount: 2, approvalRequired: false });

    const preview = await t
      .get(`/api/sms-campaigns/${campaign.id}/preview`, manager.accessToken)
      .expect(200);
    expect(preview.body).toMatchObject({
      recipients: 2,
      matched: 5,
      skipped: { noMobile: 0, optedOut: 2, erased: 1, alreadySent: 0 },
      approvalRequired: false,
      approvalAbove: 3,
      sample: {
        customerId: first.id,
        name: '甲客户',
        text: '甲客户您好，TR1 领袖素质管理将于5月10日开课，欢迎报名。',
      },
    });
    expect(preview.body.sample.mobile).toMatch(/^\d{3}\*{4}\d{4}$/);

    await t.post(`/api/sms-campaigns/${campaign.id}/start`, manager.accessToken).expect(200);
    const queued = await settled(t, manager, campaign.id);
    expect(queued).toMatchObject({
      status: 'sending',
      queuedCount: 2,
      skipped: { noMobile: 0, optedOut: 2, erased: 1, alreadySent: 0 },
      results: { queued: 2, sent: 0 },
    });

    // Started again, and the queue job run again: nobody gets a second text.
    const again = await t
      .post(`/api/sms-campaigns/${campaign.id}/start`, manager.accessToken)
      .expect(200);
    expect(again.body.status).toBe('sending');
    await runJob(t, admin, 'sms-campaign-queue');
    const messages = await campaignMessages(t, admin, campaign.id);
    expect(messages.map((m) => m.customerId).sort()).toEqual([first.id, second.id].sort());
    for (const message of messages) expect(message.phone).toMatch(/^\d{3}\*{4}\d{4}$/);

    await runJob(t, admin, 'sms-dispatch');
    await runJob(t, admin, 'sms-campaign-queue');
    const done = await t.get(`/api/sms-campaigns/${campaign.id}`, manager.accessToken).expect(200);
    expect(done.body).toMatchObject({ status: 'done', results: { queued: 0, sent: 2 } });
    const after = await t
      .get(`/api/sms-campaigns/${campaign.id}/preview`, manager.accessToken)
      .expect(200);
    expect(after.body).toMatchObject({ recipients: 0, skipped: { alreadySent: 2 }, sample: null });

    // No full number in anything the campaign answered.
    const shown = JSON.stringify([created.body, preview.body, done.body, after.body]);
    for (const mobile of mobiles) expect(shown).not.toContain(mobile);

    const audit = await t
      .get(`/api/admin/audit-logs?entityType=SmsCampaign&pageSize=200`, manager.accessToken)
      .expect(200);
    const actions = (audit.body.items as { action: string; entityId: string }[])
      .filter((row) => String(row.entityId) === String(campaign.id))
      .map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['sms-campaign.create', 'sms-campaign.start']));
  });

  it('needs a second manager above the limit: the creator cannot approve their own', async () => {
    const ownerId = await owner();
    for (let i = 0; i < 4; i += 1) await customerOf(ownerId);
    const campaign = (
      await create(manager, { audience: 'customers', filter: { ownerId } }).expect(201)
    ).body as Campaign;
    expect(campaign).toMatchObject({ recipientCount: 4, approvalRequired: true });

    const submitted = await t
      .post(`/api/sms-campaigns/${campaign.id}/start`, manager.accessToken)
      .expect(200);
    expect(submitted.body.status).toBe('awaiting_approval');
    const waiting = await t
      .post(`/api/sms-campaigns/${campaign.id}/start`, manager.accessToken)
      .expect(409);
    expect(waiting.body.code).toBe('AWAITING_APPROVAL');
    expect(await campaignMessages(t, admin, campaign.id)).toEqual([]);
    const asked = await inbox(secondManager, campaign.id);
    expect(asked).toMatchObject([
      { kind: 'sms-campaign.awaiting-approval', title: '群发短信“五一课程通知”待您审批' },
    ]);
    expect(await inbox(manager, campaign.id)).toEqual([]);

    const own = await t
      .post(`/api/sms-campaigns/${campaign.id}/approve`, manager.accessToken)
      .expect(403);
    expect(own.body.code).toBe('OWN_CAMPAIGN');
    await t.post(`/api/sms-campaigns/${campaign.id}/approve`, coordinator.accessToken).expect(403);
    const approved = await t
      .post(`/api/sms-campaigns/${campaign.id}/approve`, secondManager.accessToken)
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedById: secondManager.id });
    expect(await inbox(manager, campaign.id)).toMatchObject([
      { kind: 'sms-campaign.decided', title: '群发短信“五一课程通知”已获批准' },
    ]);

    await t.post(`/api/sms-campaigns/${campaign.id}/start`, manager.accessToken).expect(200);
    expect(await settled(t, manager, campaign.id)).toMatchObject({
      status: 'sending',
      queuedCount: 4,
    });

    const other = (
      await create(manager, { audience: 'customers', filter: { ownerId } }).expect(201)
    ).body as Campaign;
    await t.post(`/api/sms-campaigns/${other.id}/start`, manager.accessToken).expect(200);
    const rejected = await t
      .post(`/api/sms-campaigns/${other.id}/reject`, secondManager.accessToken, {
        reason: '本月已群发过',
      })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: '本月已群发过' });
    const refused = await t
      .post(`/api/sms-campaigns/${other.id}/start`, manager.accessToken)
      .expect(409);
    expect(refused.body.code).toBe('BAD_STATUS');
  });

  it("texts a class's roster, and a cancel takes back what is still queued", async () => {
    const { classId } = await enrollingClass(t, {
      admin: admin.accessToken,
      former: manager.accessToken,
    });
    const students = [await customerOf(await owner()), await customerOf(await owner())];
    for (const student of students)
      await t
        .post(`/api/classes/${classId}/enrolments`, manager.accessToken, { customerId: student.id })
        .expect(201);
    await customerOf(await owner());

    const mixed = await create(manager, { audience: 'class', classId, filter: {} }).expect(400);
    expect(mixed.body.details).toEqual([{ field: 'filter', messages: [expect.any(String)] }]);

    const campaign = (await create(manager, { audience: 'class', classId }).expect(201))
      .body as Campaign;
    expect(campaign.recipientCount).toBe(2);
    await t.post(`/api/sms-campaigns/${campaign.id}/start`, manager.accessToken).expect(200);
    await settled(t, manager, campaign.id);
    const messages = await campaignMessages(t, admin, campaign.id);
    expect(messages.map((m) => m.customerId).sort()).toEqual(students.map((s) => s.id).sort());

    const cancelled = await t
      .post(`/api/sms-campaigns/${campaign.id}/cancel`, manager.accessToken)
      .expect(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      results: { queued: 0, cancelled: 2 },
    });
    await runJob(t, admin, 'sms-dispatch');
    for (const message of await campaignMessages(t, admin, campaign.id))
      expect(message.status).toBe('cancelled');
  });

  it('reaches for a coordinator granted the permission only what their customer list shows', async () => {
    const ownerId = await owner();
    await customerOf(ownerId);
    await customerOf(ownerId);
    await create(coordinator, { audience: 'customers', filter: { ownerId } }).expect(403);

    const account = await t.get(`/api/admin/users/${coordinator.id}`, admin.accessToken);
    await t
      .put(`/api/admin/users/${coordinator.id}/permissions`, admin.accessToken, {
        grants: ['SmsCampaign:read', 'SmsCampaign:create'],
        denials: [],
        version: account.body.version,
      })
      .expect(200);
    const listed = await t
      .get(`/api/customers?ownerId=${ownerId}`, coordinator.accessToken)
      .expect(200);
    const own = (
      await create(coordinator, { audience: 'customers', filter: { ownerId } }).expect(201)
    ).body as Campaign;
    expect(own.recipientCount).toBe(listed.body.total);
    // The deleted list is not a campaign's: refused as an unknown field.
    await create(coordinator, {
      audience: 'customers',
      filter: { ownerId, deleted: true },
    }).expect(400);

    // Another's campaign is not there for them; theirs is not approvable by them.
    const managers = (
      await create(manager, { audience: 'customers', filter: { ownerId } }).expect(201)
    ).body as Campaign;
    await t.get(`/api/sms-campaigns/${managers.id}`, coordinator.accessToken).expect(404);
    const list = await t.get('/api/sms-campaigns?pageSize=200', coordinator.accessToken);
    expect((list.body.items as Campaign[]).map((c) => c.id)).toEqual([own.id]);
    await t.post(`/api/sms-campaigns/${own.id}/approve`, coordinator.accessToken).expect(403);

    // Denied the customer list, they cannot text customers by its filters.
    const later = await t.get(`/api/admin/users/${coordinator.id}`, admin.accessToken);
    await t
      .put(`/api/admin/users/${coordinator.id}/permissions`, admin.accessToken, {
        grants: ['SmsCampaign:read', 'SmsCampaign:create'],
        denials: ['Customer:read'],
        version: later.body.version,
      })
      .expect(200);
    const refused = await create(coordinator, {
      audience: 'customers',
      filter: { ownerId },
    }).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it('refuses a template of another kind, and a template whose values are missing', async () => {
    const reminder = await createSmsTemplate(t, admin.accessToken, {
      kind: 'payment-reminder',
      body: '{name}您好，{course}学费{amount}请于{dueDate}前缴纳。',
    });
    const wrong = await create(manager, {
      audience: 'customers',
      templateId: reminder.id,
    }).expect(400);
    expect(wrong.body.details).toEqual([{ field: 'templateId', messages: [expect.any(String)] }]);
    const missing = await create(manager, { audience: 'customers', values: {} }).expect(422);
    expect(missing.body.code).toBe('TEMPLATE_VALUES_MISSING');
  });
});
