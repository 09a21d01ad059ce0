import { SmsMessage } from '../../src/notifications/sms/entities/sms-message.entity';
import type { NewSmsMessage } from '../../src/notifications/sms/new-sms-message';
import { SmsOutboxService } from '../../src/notifications/sms/sms-outbox.service';
import { SmsTemplatesApi } from '../../src/notifications/sms/templates/sms-templates.api';
import { AliyunSmsStandIn } from '../support/aliyun-sms-stand-in';
import { uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

const KEY_ID = 'LTAI-test-key-id';
const SECRET = 'stand-in-shared-secret-0123456789';

let sequence = 0;
const uniqueKey = (prefix: string) => `${prefix}:${process.pid}:${(sequence += 1)}`;

describe('Aliyun SMS gateway (Dysmsapi SendSms through the official SDK, against a local stand-in)', () => {
  const standIn = new AliyunSmsStandIn(KEY_ID, SECRET);
  let t: TestApp;
  let admin: TestUser;
  let outbox: SmsOutboxService;

  /** Queues a message to the admin with a key of its own; returns its row. */
  async function queued(fields: Partial<NewSmsMessage> = {}): Promise<SmsMessage> {
    const dedupeKey = uniqueKey('aliyun');
    await outbox.queue({
      purpose: 'care',
      recipient: { kind: 'user', userId: admin.id },
      phone: uniqueMobile(),
      body: '张三，生日快乐！',
      dedupeKey,
      ...fields,
    });
    return t.dataSource.getRepository(SmsMessage).findOneByOrFail({ dedupeKey });
  }

  /** What the stand-in received for one message (OutId is the outbox id). */
  const callsFor = (message: SmsMessage) =>
    standIn.calls.filter((call) => call.query.OutId === String(message.id));
  const row = (id: number) => t.dataSource.getRepository(SmsMessage).findOneByOrFail({ id });
  /** Runs the dispatch job, signed in afresh: tests move the clock past a token's life. */
  const dispatch = async () => {
    admin = await t.admin();
    const run = await t.post('/api/admin/jobs/sms-dispatch/run', admin.accessToken).expect(200);
    return run.body.counts as Record<string, number>;
  };

  beforeAll(async () => {
    await standIn.start();
    t = await TestApp.start({
      configure: (config) => {
        config.sms.provider = 'aliyun';
        config.sms.aliyun.accessKeyId = KEY_ID;
        config.sms.aliyun.accessKeySecret = SECRET;
        config.sms.aliyun.endpoint = standIn.endpoint;
        config.sms.aliyun.protocol = 'http';
        config.sms.aliyun.timeoutMs = 5000;
        config.sms.aliyun.templateCodes = [
          'care=SMS_CARE_1',
          'group=SMS_GROUP_1',
          'alert=SMS_ALERT_1',
        ];
        config.sms.maxAttempts = 3;
        config.sms.backoffBaseSeconds = 60;
      },
    });
    admin = await t.admin();
    outbox = t.app.get(SmsOutboxService);
  });
  afterAll(async () => {
    await t.close();
    await standIn.stop();
  });
  beforeEach(() => {
    standIn.calls.length = 0;
    standIn.answers.length = 0;
    standIn.secret = SECRET;
  });

  it('sends a template message as one correctly signed SendSms with phone, sign name, code and params', async () => {
    const created = await t
      .post('/api/admin/sms-templates', admin.accessToken, {
        kind: 'group',
        name: uniqueKey('group'),
        body: '{name}您好，{course}将于{startDate}开课',
      })
      .expect(201);
    const api = t.app.get(SmsTemplatesApi);
    const rendered = api.render((await api.find(created.body.id))!, {
      name: '李四',
      course: 'TR1',
      startDate: '5月10日',
    });
    const message = await queued({
      purpose: 'group-sms',
      body: rendered.body,
      template: rendered.template,
    });

    expect((await dispatch()).sent).toBe(1);

    expect(standIn.calls).toHaveLength(1);
    const [call] = callsFor(message);
    expect(call).toMatchObject({
      signatureValid: true,
      action: 'SendSms',
      version: '2017-05-25',
      accessKeyId: KEY_ID,
    });
    expect(call.query).toMatchObject({
      PhoneNumbers: message.phone,
      SignName: '培训中心',
      TemplateCode: 'SMS_GROUP_1',
      OutId: String(message.id),
    });
    expect(JSON.parse(call.query.TemplateParam)).toEqual({
      name: '李四',
      course: 'TR1',
      startDate: '5月10日',
    });
    expect(await row(message.id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('sends a care greeting under the care code (its key care:birthday falls back to care)', async () => {
    const message = await queued({
      template: {
        key: 'care:birthday',
        params: { name: '张三', occasion: '生日', date: '5月10日' },
      },
    });
    await dispatch();
    const calls = callsFor(message);
    expect(calls).toHaveLength(1);
    expect(calls[0].signatureValid).toBe(true);
    expect(calls[0].query.TemplateCode).toBe('SMS_CARE_1');
    expect(JSON.parse(calls[0].query.TemplateParam)).toEqual({
      name: '张三',
      occasion: '生日',
      date: '5月10日',
    });
    expect((await row(message.id)).status).toBe('sent');
  });

  it('sends a free-text message under its purpose code, with the text as content', async () => {
    const message = await queued({ purpose: 'alert', body: '您的账户已被冻结' });
    await dispatch();
    const [call] = callsFor(message);
    expect(call.query.TemplateCode).toBe('SMS_ALERT_1');
    expect(JSON.parse(call.query.TemplateParam)).toEqual({
      content: '您的账户已被冻结',
    });
    expect((await row(message.id)).status).toBe('sent');
  });

  it('retries a gateway error (Code not OK) with its message, numbers masked, then sends', async () => {
    const message = await queued();
    standIn.answers.push({
      body: { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: `触发号码天级流控 ${message.phone}` },
    });
    expect((await dispatch()).retrying).toBe(1);
    const failedOnce = await row(message.id);
    expect(failedOnce).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failedOnce.lastError).toContain('isv.BUSINESS_LIMIT_CONTROL');
    expect(failedOnce.lastError).toContain('触发号码天级流控');
    expect(failedOnce.lastError).not.toContain(message.phone);

    t.clock.advance(61_000);
    expect((await dispatch()).sent).toBe(1);
    expect(callsFor(message)).toHaveLength(2);
    expect(await row(message.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('fails at once a message the gateway can never take (an illegal number)', async () => {
    const message = await queued();
    standIn.answers.push({ body: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' } });
    expect((await dispatch()).failed).toBe(1);
    const failed = await row(message.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toContain('isv.MOBILE_NUMBER_ILLEGAL');
  });

  it('a request signed with another secret is refused, and the message fails with a readable reason', async () => {
    standIn.secret = 'the-key-was-rotated';
    const message = await queued();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await dispatch();
      t.clock.advance(10 * 60_000);
    }
    const calls = callsFor(message);
    expect(calls).toHaveLength(3);
    expect(calls.every((call) => call.signatureProblem === 'signature mismatch')).toBe(true);
    const failed = await row(message.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.lastError).toMatch(/^Aliyun SMS request failed: SignatureDoesNotMatch /);
    expect(failed.lastError).toContain('Specified signature does not match our calculation.');
  });

  it('fails, without calling the gateway, a message that has no template code configured', async () => {
    const message = await queued({ purpose: 'plan-reminder', body: '明天有待办' });
    expect((await dispatch()).failed).toBe(1);
    expect(callsFor(message)).toHaveLength(0);
    const failed = await row(message.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toContain('no Aliyun template code is configured for plan-reminder');
  });

  it('never logs the secret, a full number or the text', async () => {
    const message = await queued({ body: '机密的祝福语' });
    await dispatch();
    const logs = t.logs.join('\n');
    expect(logs).toContain('SMS accepted by Aliyun');
    expect(logs).not.toContain(SECRET);
    expect(logs).not.toContain(message.phone);
    expect(logs).not.toContain('机密的祝福语');
  });
});
