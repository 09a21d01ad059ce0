import { createCustomer } from '../support/customer-factory';
import { createSmsTemplate } from '../support/sms-template-factory';
import { TestApp, TestUser } from '../support/test-app';
import {
  advanceToShanghaiHour,
  campaignMessages,
  runJob,
  settled,
  signInAgain,
} from './campaign-helpers';

describe('group SMS keep to the quiet hours (21:00–08:00 business time)', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let templateId: number;

  /** Moves the clock to the hour and signs everyone in again. */
  async function at(hour: number): Promise<void> {
    advanceToShanghaiHour(t, hour);
    await signInAgain(t, admin, manager);
  }

  /** A started campaign to one new customer (of a new owner), once its queuing is over. */
  async function campaignToOne(): Promise<number> {
    const ownerId = (await t.createUser('coordinator')).id;
    await createCustomer(t, manager.accessToken, { ownerId });
    const created = await t
      .post('/api/sms-campaigns', manager.accessToken, {
        name: '夜间测试',
        templateId,
        audience: 'customers',
        filter: { ownerId },
        values: { course: 'TR1', startDate: '5月10日' },
      })
      .expect(201);
    await t.post(`/api/sms-campaigns/${created.body.id}/start`, manager.accessToken).expect(200);
    await settled(t, manager, created.body.id);
    return created.body.id as number;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    manager = await t.createUser('manager');
    templateId = (
      await createSmsTemplate(t, admin.accessToken, {
        kind: 'group',
        body: '{name}您好，{course}将于{startDate}开课，欢迎报名。',
      })
    ).id;
  });

  afterAll(() => t.close());

  it('holds messages queued by day until morning once night falls, and queues night ones for 08:00', async () => {
    await at(10);
    const byDay = await campaignToOne();
    const [dayMessage] = await campaignMessages(t, admin, byDay);
    expect(new Date(dayMessage.sendAfter).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());

    // Due since the morning, still unsent at 22:00: the dispatcher leaves it for the morning.
    await at(22);
    const atNight = await campaignToOne();
    const [nightMessage] = await campaignMessages(t, admin, atNight);
    // 08:00 in Shanghai is 00:00 UTC.
    expect(nightMessage.sendAfter).toMatch(/T00:00:00\.000Z$/);
    const nightRun = await runJob(t, admin, 'sms-dispatch');
    expect(nightRun.sent).toBe(0);
    expect((await campaignMessages(t, admin, byDay))[0].status).toBe('queued');

    await at(7);
    expect((await runJob(t, admin, 'sms-dispatch')).sent).toBe(0);

    await at(9);
    expect((await runJob(t, admin, 'sms-dispatch')).sent).toBe(2);
    expect((await campaignMessages(t, admin, byDay))[0].status).toBe('sent');
    expect((await campaignMessages(t, admin, atNight))[0].status).toBe('sent');
  });
});
