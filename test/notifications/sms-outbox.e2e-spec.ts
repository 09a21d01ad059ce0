import { SmsMessage } from '../../src/notifications/sms/entities/sms-message.entity';
import { SmsOutboxService } from '../../src/notifications/sms/sms-outbox.service';
import { SmsProvider, SmsSendRequest } from '../../src/notifications/sms/sms-provider';
import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/** The gateway double: records what it was given, refuses the numbers it is told to. */
class RecordingSmsProvider extends SmsProvider {
  readonly sent: SmsSendRequest[] = [];
  readonly refused = new Set<string>();
  calls = 0;

  async send(message: SmsSendRequest): Promise<void> {
    this.calls += 1;
    if (this.refused.has(message.to))
      throw new Error(
        `gateway refused ${message.to}: number unreachable\n    at Gateway.send (gw.js:1:1)`,
      );
    this.sent.push(message);
  }
}

let sequence = 0;
/** A dedupe key no other test uses. */
const uniqueKey = (prefix: string) => `${prefix}:${process.pid}:${(sequence += 1)}`;

describe('SMS outbox', () => {
  const provider = new RecordingSmsProvider();
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let outbox: SmsOutboxService;

  /** Queues a message with a key of its own and returns its row. */
  async function queued(
    fields: Partial<Parameters<SmsOutboxService['queue']>[0]> = {},
  ): Promise<SmsMessage> {
    const dedupeKey = uniqueKey('test');
    const queuedOk = await outbox.queue({
      purpose: 'alert',
      recipient: { kind: 'user', userId: admin.id },
      phone: uniqueMobile(),
      body: 'Your account was locked',
      dedupeKey,
      ...fields,
    });
    expect(queuedOk).toBe(true);
    return t.dataSource
      .getRepository(SmsMessage)
      .findOneByOrFail({ dedupeKey: fields.dedupeKey ?? dedupeKey });
  }

  const dispatch = async () =>
    (await t.post('/api/admin/jobs/sms-dispatch/run', admin.accessToken).expect(200)).body;
  const view = async (id: number, user = admin) =>
    (await t.get(`/api/admin/sms-outbox/${id}`, user.accessToken).expect(200)).body;

  /** Signs both in again: tests move the clock past a token's life. */
  async function signInAgain() {
    admin = await t.admin();
    const login = await t.signIn(manager.username, manager.password).expect(200);
    manager = { ...manager, accessToken: login.body.accessToken };
  }

  beforeAll(async () => {
    t = await TestApp.start({
      overrides: [{ provide: SmsProvider, useValue: provider }],
      configure: (config) => {
        config.sms.maxAttempts = 3;
        config.sms.backoffBaseSeconds = 60;
      },
    });
    admin = await t.admin();
    manager = await t.createUser('manager');
    outbox = t.app.get(SmsOutboxService);
  });
  afterAll(() => t.close());

  it('sends what is due through the provider, and not what is for later', async () => {
    const now = await queued({ body: 'Due now' });
    const later = await queued({
      body: 'Tomorrow morning',
      sendAfter: new Date(t.clock.now().getTime() + 3600_000),
    });
    const run = await dispatch();
    expect(run).toMatchObject({ status: 'succeeded', counts: { sent: 1, retrying: 0, failed: 0 } });
    expect(provider.sent.at(-1)).toMatchObject({
      to: now.phone,
      body: 'Due now',
      messageId: now.id,
      purpose: 'alert',
    });
    expect(await view(now.id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      lastError: null,
      sentAt: expect.any(String),
    });
    expect(await view(later.id)).toMatchObject({ status: 'queued', attempts: 0, sentAt: null });
  });

  it('retries a refused number with backoff, fails it after maxAttempts, and sends it when an admin retries', async () => {
    const message = await queued();
    provider.refused.add(message.phone);
    const masked = `${message.phone.slice(0, 3)}****${message.phone.slice(-4)}`;

    await dispatch();
    const first = await view(message.id);
    expect(first).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: `gateway refused ${masked}: number unreachable`,
    });
    expect(new Date(first.nextAttemptAt).getTime() - new Date(first.updatedAt).getTime()).toBe(
      60_000,
    );

    // Not before the backoff is over.
    const calls = provider.calls;
    t.clock.advance(30_000);
    await dispatch();
    expect(provider.calls).toBe(calls);
    expect((await view(message.id)).attempts).toBe(1);

    t.clock.advance(31_000);
    await dispatch();
    const second = await view(message.id);
    expect(second).toMatchObject({ status: 'queued', attempts: 2 });
    expect(new Date(second.nextAttemptAt).getTime() - new Date(second.updatedAt).getTime()).toBe(
      120_000,
    );

    t.clock.advance(121_000);
    const last = await dispatch();
    expect(last.counts.failed).toBe(1);
    expect(await view(message.id)).toMatchObject({ status: 'failed', attempts: 3 });
    const failedList = await t
      .get('/api/admin/sms-outbox?status=failed', admin.accessToken)
      .expect(200);
    expect(failedList.body.items.map((m: { id: number }) => m.id)).toContain(message.id);
    // Neither the API nor the log ever holds the full number.
    expect(JSON.stringify(failedList.body)).not.toContain(message.phone);
    expect(t.logs.filter((line) => line.includes(message.phone))).toEqual([]);

    provider.refused.delete(message.phone);
    const retried = await t
      .post(`/api/admin/sms-outbox/${message.id}/retry`, admin.accessToken)
      .expect(200);
    expect(retried.body).toMatchObject({ id: message.id, status: 'queued', attempts: 0 });
    await dispatch();
    expect(await view(message.id)).toMatchObject({ status: 'sent', attempts: 1 });

    const again = await t
      .post(`/api/admin/sms-outbox/${message.id}/retry`, admin.accessToken)
      .expect(409);
    expect(again.body.message).toMatch(/^只有发送失败的短信可以重发/);
    await t.post('/api/admin/sms-outbox/999999/retry', admin.accessToken).expect(404);
    await t.post('/api/admin/sms-outbox/abc/retry', admin.accessToken).expect(400);
  });

  it('queues a dedupe key once, even when two ask at the same moment or inside a transaction', async () => {
    const key = uniqueKey('once');
    const message = {
      purpose: 'care',
      recipient: { kind: 'user' as const, userId: admin.id },
      phone: uniqueMobile(),
      body: 'Happy birthday',
    };
    expect(await outbox.queue({ ...message, dedupeKey: key })).toBe(true);
    expect(await outbox.queue({ ...message, dedupeKey: key })).toBe(false);

    const raced = uniqueKey('race');
    const outcomes = await Promise.all([
      outbox.queue({ ...message, dedupeKey: raced }),
      outbox.queue({ ...message, dedupeKey: raced }),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);

    // A duplicate inside a caller's transaction does not spoil the transaction (PostgreSQL).
    const fresh = uniqueKey('tx');
    await t.dataSource.transaction(async (m) => {
      expect(await outbox.queue({ ...message, dedupeKey: key }, m)).toBe(false);
      expect(await outbox.queue({ ...message, dedupeKey: fresh }, m)).toBe(true);
    });
    const repository = t.dataSource.getRepository(SmsMessage);
    expect(await repository.countBy({ dedupeKey: key })).toBe(1);
    expect(await repository.countBy({ dedupeKey: raced })).toBe(1);
    expect(await repository.countBy({ dedupeKey: fresh })).toBe(1);
    expect(await outbox.existingKeys([key, fresh, 'never-queued', key])).toEqual(
      new Set([key, fresh]),
    );

    // Messages without a key are never duplicates of each other.
    expect(await outbox.queue(message)).toBe(true);
    expect(await outbox.queue(message)).toBe(true);
    await expect(outbox.queue({ ...message, phone: 'not a phone' })).rejects.toThrow(
      /cannot be queued/,
    );
  });

  it('falls back on the unique index when a concurrent transaction queued the key first', async () => {
    // SQLite serves every transaction on its one connection, one after the other: there is
    // no concurrent twin to race there. On a server the second insert waits for the first
    // transaction, then fails on the unique index, inside the second caller's transaction.
    if (t.config.database.type === 'sqlite') return;
    const key = uniqueKey('twin');
    const later = uniqueKey('after-twin');
    const message = {
      purpose: 'care',
      recipient: { kind: 'user' as const, userId: admin.id },
      phone: uniqueMobile(),
      body: 'Twin',
    };
    let second: Promise<boolean[]> | undefined;
    await t.dataSource.transaction(async (first) => {
      expect(await outbox.queue({ ...message, dedupeKey: key }, first)).toBe(true);
      second = t.dataSource.transaction(async (m) => [
        await outbox.queue({ ...message, dedupeKey: key }, m),
        await outbox.queue({ ...message, dedupeKey: later }, m),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(await second).toEqual([false, true]);
    const repository = t.dataSource.getRepository(SmsMessage);
    expect(await repository.countBy({ dedupeKey: key })).toBe(1);
    expect(await repository.countBy({ dedupeKey: later })).toBe(1);
  });

  it('masks phones for every reader and shows customer messages only to readers of customers', async () => {
    const customer = await createCustomer(t, manager.accessToken);
    const toCustomer = await queued({
      purpose: 'care',
      recipient: { kind: 'customer', customerId: customer.id },
      body: '祝您生日快乐',
    });
    const toStaff = await queued({ body: 'A plan is due' });

    const forAdmin = await view(toCustomer.id);
    expect(forAdmin).toMatchObject({
      recipientKind: 'customer',
      customerId: customer.id,
      body: null,
      bodyHidden: true,
    });
    expect(forAdmin.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await view(toStaff.id)).toMatchObject({ body: 'A plan is due', bodyHidden: false });
    const adminList = await t
      .get('/api/admin/sms-outbox?purpose=care', admin.accessToken)
      .expect(200);
    expect(adminList.body.items.find((m: { id: number }) => m.id === toCustomer.id)).toMatchObject({
      body: null,
      bodyHidden: true,
    });
    expect(JSON.stringify(adminList.body)).not.toContain('祝您生日快乐');

    const forManager = await view(toCustomer.id, manager);
    expect(forManager).toMatchObject({ body: '祝您生日快乐', bodyHidden: false });
    expect(forManager.phone).not.toBe(toCustomer.phone);
  });

  it('cancels and blanks a customer’s messages when the customer is erased', async () => {
    const customer = await createCustomer(t, manager.accessToken);
    const recipient = { kind: 'customer' as const, customerId: customer.id };
    const pending = await queued({
      purpose: 'care',
      recipient,
      body: 'Pending greeting',
      template: { key: 'care:birthday', params: { name: '待删除' } },
    });
    const failed = await queued({ purpose: 'care', recipient, body: 'Failed greeting' });
    await t.dataSource
      .getRepository(SmsMessage)
      .update(failed.id, { status: 'failed', attempts: 3 });

    await outbox.eraseCustomer(customer.id);
    const rows = await t.dataSource.getRepository(SmsMessage).findBy({ customerId: customer.id });
    expect(rows.map((row) => [row.status, row.phone, row.body]).sort()).toEqual([
      ['cancelled', '', ''],
      ['failed', '', ''],
    ]);
    // The template's values hold the name: gone too; the key (ids and kinds only) stays.
    expect(rows.map((row) => row.templateParams)).toEqual([null, null]);
    expect(await view(pending.id, manager)).toMatchObject({ status: 'cancelled', phone: null });
    const refused = await t
      .post(`/api/admin/sms-outbox/${failed.id}/retry`, admin.accessToken)
      .expect(409);
    expect(refused.body.code).toBe('ERASED');
  });

  it('fails a message left "sending" by a stopped process instead of sending it twice', async () => {
    const message = await queued();
    await t.dataSource
      .getRepository(SmsMessage)
      .update(message.id, { status: 'sending', updatedAt: t.clock.now() });
    t.clock.advanceMinutes(11);
    await signInAgain();
    const run = await dispatch();
    expect(run.counts.interrupted).toBe(1);
    expect(await view(message.id)).toMatchObject({
      status: 'failed',
      lastError: expect.stringMatching(/^interrupted while sending/),
    });
    expect(provider.sent.some((sent) => sent.messageId === message.id)).toBe(false);
  });

  it('filters the list and refuses bad filters', async () => {
    const from = t.clock.now();
    const message = await queued({ purpose: 'plan-reminder' });
    const to = new Date(t.clock.now().getTime() + 1000);
    const found = await t
      .get(
        `/api/admin/sms-outbox?purpose=plan-reminder&status=queued&from=${from.toISOString()}&to=${to.toISOString()}`,
        manager.accessToken,
      )
      .expect(200);
    expect(found.body.items.map((m: { id: number }) => m.id)).toEqual([message.id]);
    const before = await t
      .get(
        `/api/admin/sms-outbox?to=${from.toISOString()}&purpose=plan-reminder`,
        manager.accessToken,
      )
      .expect(200);
    expect(before.body.total).toBe(0);
    await t.get('/api/admin/sms-outbox?status=lost', admin.accessToken).expect(400);
    await t.get('/api/admin/sms-outbox?from=yesterday', admin.accessToken).expect(400);
    await t
      .get(
        `/api/admin/sms-outbox?from=${to.toISOString()}&to=${from.toISOString()}`,
        admin.accessToken,
      )
      .expect(400);
    await t.get('/api/admin/sms-outbox?unknown=1', admin.accessToken).expect(400);
    await t.get('/api/admin/sms-outbox/0', admin.accessToken).expect(400);
    await t.get('/api/admin/sms-outbox/999999', admin.accessToken).expect(404);
  });

  describe('SMS reminders for staff', () => {
    it('lets the admin switch them on for an account with a mobile number', async () => {
      const coordinator = await t.createUser('coordinator');
      const path = `/api/admin/users/${coordinator.id}`;
      const initial = await t.get(path, admin.accessToken).expect(200);
      expect(initial.body.smsReminders).toBe(false);

      const noMobile = await t
        .patch(path, admin.accessToken, { smsReminders: true, version: initial.body.version })
        .expect(422);
      expect(noMobile.body.code).toBe('NO_MOBILE');
      await t
        .patch(path, admin.accessToken, { smsReminders: 'yes', version: initial.body.version })
        .expect(400);

      const on = await t
        .patch(path, admin.accessToken, {
          smsReminders: true,
          mobile: uniqueMobile(),
          version: initial.body.version,
        })
        .expect(200);
      expect(on.body.smsReminders).toBe(true);
      expect((await t.get(path, admin.accessToken).expect(200)).body.smsReminders).toBe(true);
      // The number cannot be taken away while reminders go to it.
      await t
        .patch(path, admin.accessToken, { mobile: null, version: on.body.version })
        .expect(422);
      const off = await t
        .patch(path, admin.accessToken, { smsReminders: false, version: on.body.version })
        .expect(200);
      expect(off.body.smsReminders).toBe(false);
    });
  });
});
