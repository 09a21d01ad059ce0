import { TestApp, TestUser } from '../support/test-app';

const DAY_MS = 24 * 3600_000;
const SHANGHAI_MS = 8 * 3600_000;

/**
 * PIPL erasure reaches every copy (issue 9 item 6): a customer is made to appear everywhere
 * the system writes about people, erased, and then every table is read whole for what
 * identified them. Reading all rows of all tables is fine in a test, never in the product.
 */
/** A JSON text written again without escapes; other text as it is. */
function reparsed(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

describe('erasure leaves nothing personal in any table', () => {
  let t: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let alice: TestUser;
  let bob: TestUser;

  const NAME = '甄稀有';
  const MOBILE = '13755518899';
  const OTHER_PHONE = '02155518899';
  const NOTES = '周三下午回电ZQX';
  const personal = [
    NAME,
    MOBILE,
    OTHER_PHONE,
    'zhenxiyou',
    'zqx_wechat',
    'zqx@example.com',
    NOTES,
    '甄氏家族企业',
    '女儿在读高三QZX',
    '结婚纪念日',
  ];

  /** The business day (Asia/Shanghai) `offset` days from the app's now. */
  function day(offset = 0): string {
    return new Date(t.clock.now().getTime() + SHANGHAI_MS + offset * DAY_MS)
      .toISOString()
      .slice(0, 10);
  }

  async function fresh(user: TestUser): Promise<TestUser> {
    const login = await t.signIn(user.username, user.password).expect(200);
    return { ...user, accessToken: login.body.accessToken };
  }

  async function runJob(name: string): Promise<Record<string, number>> {
    const run = await t
      .post(`/api/admin/jobs/${name}/run`, (await t.admin()).accessToken)
      .expect(200);
    expect(run.body).toMatchObject({ jobName: name, status: 'succeeded' });
    return run.body.counts;
  }

  /** Where in the database any of `needles` is found, as `table.column: needle`. */
  async function findEverywhere(needles: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const entity of t.dataSource.entityMetadatas) {
      const rows = await t.dataSource
        .createQueryBuilder()
        .select('*')
        .from(entity.tableName, 't')
        .getRawMany<Record<string, unknown>>();
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value !== 'string') continue;
          const texts = [value];
          // JSON columns may hold escaped characters: read them as JSON too.
          if (/^[[{]/.test(value)) texts.push(reparsed(value));
          for (const needle of needles) {
            if (texts.some((text) => text.includes(needle)))
              found.push(`${entity.tableName}.${column}: ${needle}`);
          }
        }
      }
    }
    return [...new Set(found)];
  }

  beforeAll(async () => {
    t = await TestApp.start();
    // 10:00 in Shanghai: today's greetings (from 09:00) are due, nothing straddles midnight.
    const localMs = (t.clock.now().getTime() + SHANGHAI_MS) % DAY_MS;
    t.clock.advance((10 * 3600_000 - localMs + DAY_MS) % DAY_MS);
    admin = await t.admin();
    manager = await t.createUser('manager');
    alice = await t.createUser('coordinator', { displayName: 'Alice' });
    bob = await t.createUser('coordinator', { displayName: 'Bob' });
    // Alice gets plan reminders by SMS too.
    const account = await t.get(`/api/admin/users/${alice.id}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/admin/users/${alice.id}`, admin.accessToken, {
        version: account.body.version,
        mobile: '13600001111',
        smsReminders: true,
      })
      .expect(200);
    alice = await fresh(alice);
  });
  afterAll(() => t.close());

  it('reaches the customer, search, plans, records, delegations, care greetings, the SMS outbox, the inbox and the audit log', async () => {
    const types = await t.get('/api/interaction-types', alice.accessToken).expect(200);
    const followUp = types.body.find((type: { code: string }) => type.code === 'follow_up').id;

    const created = await t
      .post('/api/customers', alice.accessToken, {
        name: NAME,
        mobile: MOBILE,
        otherPhones: [OTHER_PHONE],
        wechat: 'zqx_wechat',
        email: 'zqx@example.com',
        company: '甄氏家族企业',
        notes: NOTES,
        // A birthday tomorrow (a greeting queued) and an anniversary today (a greeting sent).
        birthday: `1990-${day(1).slice(5)}`,
        care: {
          anniversaries: [{ name: '与甄稀有结婚纪念日', date: day(0).slice(5) }],
          familyNotes: '女儿在读高三QZX',
        },
      })
      .expect(201);
    const id = created.body.id;

    // Read, searched for, changed, phone revealed.
    await t.get(`/api/customers?q=${encodeURIComponent(NAME)}`, alice.accessToken).expect(200);
    await t.get(`/api/customers?q=${MOBILE}`, manager.accessToken).expect(200);
    const loaded = await t.get(`/api/customers/${id}`, alice.accessToken).expect(200);
    await t
      .patch(`/api/customers/${id}`, alice.accessToken, {
        version: loaded.body.version,
        notes: `${NOTES}，已确认`,
      })
      .expect(200);
    await t.post(`/api/customers/${id}/reveal-phone`, manager.accessToken).expect(200);

    // Plans and records that name the person: one reminded, one delegated and completed by
    // the helper (the owner gets the result), one cancelled with a reason, one left open.
    const soon = new Date(t.clock.now().getTime() + 20 * 60_000).toISOString();
    const later = new Date(t.clock.now().getTime() + 2 * DAY_MS).toISOString();
    const plan = (content: string, dueAt: string, extra: object = {}) =>
      t
        .post('/api/plans', alice.accessToken, {
          customerId: id,
          typeId: followUp,
          content,
          dueAt,
          ...extra,
        })
        .expect(201);
    await plan(`给${NAME}打电话 ${MOBILE}`, soon, { remindBySms: true });
    const delegated = await plan(`请与${NAME}确认开课`, later);
    const handed = await t
      .post(`/api/plans/${delegated.body.plan.id}/delegate`, alice.accessToken, {
        version: delegated.body.plan.version,
        assigneeId: bob.id,
        note: `${NAME}只在下午接电话 ${MOBILE}`,
      })
      .expect(200);
    await t
      .post(`/api/plans/${delegated.body.plan.id}/complete`, bob.accessToken, {
        version: handed.body.version,
        channel: 'phone',
        content: `已致电${NAME}`,
        outcome: `${NAME}说：${NOTES}`,
        nextPlan: { typeId: followUp, content: `下周再联系${NAME}`, dueAt: later },
      })
      .expect(200);
    const cancelled = await plan(`约${NAME}面谈`, later);
    await t
      .post(`/api/plans/${cancelled.body.plan.id}/cancel`, alice.accessToken, {
        version: cancelled.body.plan.version,
        reason: `${NAME}出差了`,
      })
      .expect(200);
    await t
      .post('/api/interactions', alice.accessToken, {
        customerId: id,
        typeId: followUp,
        channel: 'phone',
        content: `与${NAME}通话`,
        outcome: `${MOBILE} 可以联系`,
      })
      .expect(201);

    // Jobs: the reminder (inbox and SMS), the greetings (one sent today, one queued).
    expect((await runJob('plan-reminders')).reminded).toBeGreaterThanOrEqual(1);
    expect((await runJob('care-messages')).queued).toBe(2);
    expect((await runJob('sms-dispatch')).sent).toBeGreaterThanOrEqual(2);

    // The setup put the person everywhere this test looks.
    const before = await findEverywhere(personal);
    for (const place of [
      'customer.name',
      'interaction_plan.content',
      'interaction.content',
      'sms_message.body',
      'customer_search_term.term',
    ]) {
      expect(before.some((hit) => hit.startsWith(place))).toBe(true);
    }

    manager = await fresh(manager);
    await t
      .post(`/api/customers/${id}/erase`, manager.accessToken, {
        reason: '本人来电要求删除个人信息',
      })
      .expect(200);

    // Nothing that identified the person is left in any row of any table. (The inbox part
    // holds once notifications point at their plan instead of copying its text.)
    expect(await findEverywhere(personal)).toEqual([]);
    // The outbox keeps its rows, counted, with no key that says whose day it was.
    const outbox = await t
      .get('/api/admin/sms-outbox?purpose=care&pageSize=200', manager.accessToken)
      .expect(200);
    const theirs = outbox.body.items.filter((m: { customerId: number }) => m.customerId === id);
    expect(theirs.map((m: { status: string }) => m.status).sort()).toEqual(['cancelled', 'sent']);
    expect(
      theirs.every(
        (m: { dedupeKey: string | null; phone: string | null; body: string }) =>
          m.dedupeKey === null && !m.phone && m.body === '',
      ),
    ).toBe(true);
  });

  it('keys care greetings by customer id, occasion kind and day, never by the anniversary name', async () => {
    const created = await t
      .post('/api/customers', alice.accessToken, {
        name: '钱纪念',
        mobile: '13755510000',
        care: { anniversaries: [{ name: '与李明结婚纪念日', date: day(1).slice(5) }] },
      })
      .expect(201);
    await runJob('care-messages');
    const outbox = await t
      .get('/api/admin/sms-outbox?purpose=care&pageSize=200', manager.accessToken)
      .expect(200);
    const keys = outbox.body.items
      .filter((m: { customerId: number }) => m.customerId === created.body.id)
      .map((m: { dedupeKey: string }) => m.dedupeKey);
    expect(keys).toEqual([
      `care:${created.body.id}:anniversary:${day(1).slice(5)}:${day(1).slice(0, 4)}`,
    ]);
    const upcoming = await t
      .get(`/api/care/upcoming?customerId=${created.body.id}`, alice.accessToken)
      .expect(200);
    expect(upcoming.body.items[0]).toMatchObject({
      occasionName: '与李明结婚纪念日',
      text: expect.stringContaining('与李明结婚纪念日'),
    });
  });
});
