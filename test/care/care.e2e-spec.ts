import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';
import { SmsMessage } from '../../src/notifications/sms/entities/sms-message.entity';

const DAY_MS = 24 * 3600_000;
const SHANGHAI_MS = 8 * 3600_000;

interface Upcoming {
  id: number;
  customer: { id: number; code: string; name: string; mobile: string };
  occasion: string;
  occasionKey: string;
  occasionName: string;
  occasionDate: string;
  text: string;
  smsStatus: string;
  sendAfter: string;
}

describe('customer care: templates, holiday dates, the care-messages job, the upcoming list (§4.2.6, §9.4)', () => {
  let t: TestApp;
  let admin: TestUser;
  let clerk: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;
  let finance: TestUser;

  /** The business day (Asia/Shanghai) `offset` days from the app's now. */
  function day(offset = 0): string {
    return new Date(t.clock.now().getTime() + SHANGHAI_MS + offset * DAY_MS)
      .toISOString()
      .slice(0, 10);
  }

  /** A birthday falling `offset` days from today (born in a leap year, so 02-29 is a date too). */
  const birthdayIn = (offset: number) => `2000-${day(offset).slice(5)}`;

  /** Runs the job as the admin would, and returns the run's counts. */
  async function runJob(): Promise<Record<string, number>> {
    const run = await t.post('/api/admin/jobs/care-messages/run', admin.accessToken).expect(200);
    expect(run.body).toMatchObject({
      jobName: 'care-messages',
      trigger: 'manual',
      status: 'succeeded',
    });
    return run.body.counts;
  }

  async function upcoming(customerId: number, extra = ''): Promise<Upcoming[]> {
    const response = await t
      .get(`/api/care/upcoming?customerId=${customerId}${extra}`, coordinator.accessToken)
      .expect(200);
    expect(response.body.total).toBe(response.body.items.length);
    return response.body.items;
  }

  async function templates(): Promise<
    { id: number; templateKey: string; version: number; body: string; active: boolean }[]
  > {
    return (await t.get('/api/admin/care/templates', admin.accessToken).expect(200)).body;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    // 10:00 in Shanghai: a run and its checks never straddle midnight, and today's greetings
    // (from 09:00) are due already.
    const now = t.clock.now().getTime();
    const localMs = (now + SHANGHAI_MS) % DAY_MS;
    t.clock.advance((10 * 3600_000 - localMs + DAY_MS) % DAY_MS);

    admin = await t.admin();
    clerk = await t.createUser('clerk');
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    finance = await t.createUser('finance');

    // Only Mother's Day stays on: today may be a real holiday, which would greet everyone.
    const holidays = await t.get('/api/admin/dictionary/holiday', admin.accessToken).expect(200);
    for (const entry of holidays.body as { code: string; version: number }[]) {
      if (entry.code === 'mothers_day') continue;
      await t
        .patch(`/api/admin/dictionary/holiday/${entry.code}`, admin.accessToken, {
          active: false,
          version: entry.version,
        })
        .expect(200);
    }
  });

  afterAll(() => t.close());

  describe('templates (§9.4)', () => {
    it('comes with Chinese defaults for birthdays, anniversaries and holidays', async () => {
      const list = await templates();
      expect(list.map((template) => template.templateKey).sort()).toEqual([
        'anniversary',
        'birthday',
        'holiday',
      ]);
      expect(list.find((template) => template.templateKey === 'birthday')?.body).toContain(
        '{name}',
      );
    });

    it('names the placeholders it does not know, and stores nothing', async () => {
      const unknown = await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          holidayCode: 'mothers_day',
          body: '{name}，{nickname}节日快乐{',
        })
        .expect(400);
      expect(unknown.body.message).toContain('{nickname}');
      expect(unknown.body.message).toMatch(/只能使用 \{name\}、\{occasion\}、\{date\}/);
      expect(unknown.body.details).toEqual([
        { field: 'body', messages: ['未知的占位符 {nickname}', '有不成对的 { 或 }'] },
      ]);

      await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          holidayCode: 'mothers_day',
          body: 'x'.repeat(301),
        })
        .expect(400);
      await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          holidayCode: 'mothers_day',
          body: '  ',
        })
        .expect(400);
      await t
        .post('/api/admin/care/templates', admin.accessToken, { occasion: 'wedding', body: '祝福' })
        .expect(400);
      await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'birthday',
          holidayCode: 'mothers_day',
          body: '祝福',
        })
        .expect(400);
      await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          holidayCode: 'no_such_day',
          body: '祝福',
        })
        .expect(400);
      await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          body: '祝福',
          extra: 1,
        })
        .expect(400);
      const duplicate = await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'birthday',
          body: '{name}生日快乐',
        })
        .expect(409);
      expect(duplicate.body.message).toMatch(/PATCH/);
      expect(await templates()).toHaveLength(3);

      const birthday = (await templates()).find((template) => template.templateKey === 'birthday')!;
      const bad = await t
        .patch(`/api/admin/care/templates/${birthday.id}`, admin.accessToken, {
          version: birthday.version,
          body: '{姓名}生日快乐',
        })
        .expect(400);
      expect(bad.body.message).toContain('{姓名}');
      await t
        .patch(`/api/admin/care/templates/${birthday.id}`, admin.accessToken, {
          version: birthday.version + 1,
          body: '{name}',
        })
        .expect(409);
      await t
        .patch('/api/admin/care/templates/999999', admin.accessToken, {
          version: 1,
          body: '{name}',
        })
        .expect(404);
      expect((await templates()).find((template) => template.id === birthday.id)?.body).toBe(
        birthday.body,
      );
    });

    it("adds a holiday's own template, audited", async () => {
      const created = await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          holidayCode: 'mothers_day',
          body: '{name}您好，{occasion}快乐！今天{date}，愿您和妈妈安康。',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        templateKey: 'holiday:mothers_day',
        occasion: 'holiday',
        holidayCode: 'mothers_day',
        active: true,
        version: 1,
      });
      const audit = await t
        .get(
          `/api/admin/audit-logs?action=careTemplate.create&entityId=${created.body.id}`,
          manager.accessToken,
        )
        .expect(200);
      expect(audit.body.total).toBe(1);
    });
  });

  describe('holiday dates', () => {
    it('lists a year with the built-in dates, lunar ones included', async () => {
      const year = await t
        .get('/api/admin/care/holiday-dates?year=2026', admin.accessToken)
        .expect(200);
      const byCode = Object.fromEntries(
        (year.body.holidays as { holidayCode: string; dates: string[]; source: string }[]).map(
          (h) => [h.holidayCode, h],
        ),
      );
      expect(byCode.spring_festival).toMatchObject({ dates: ['2026-02-17'], source: 'rule' });
      expect(byCode.mid_autumn).toMatchObject({ dates: ['2026-09-25'], source: 'rule' });
      expect(byCode.mothers_day).toMatchObject({ dates: ['2026-05-10'], source: 'rule' });
      await t.get('/api/admin/care/holiday-dates?year=soon', admin.accessToken).expect(400);
    });

    it('adds and removes dates, refusing what is not a date or not a holiday', async () => {
      await t
        .post('/api/admin/care/holiday-dates', admin.accessToken, {
          holidayCode: 'mothers_day',
          date: '2026-02-30',
        })
        .expect(400);
      await t
        .post('/api/admin/care/holiday-dates', admin.accessToken, {
          holidayCode: 'mothers_day',
          date: '10/05/2026',
        })
        .expect(400);
      await t
        .post('/api/admin/care/holiday-dates', admin.accessToken, {
          holidayCode: 'no_such_day',
          date: '2030-05-12',
        })
        .expect(400);
      const added = await t
        .post('/api/admin/care/holiday-dates', admin.accessToken, {
          holidayCode: 'mothers_day',
          date: '2030-05-19',
        })
        .expect(201);
      await t
        .post('/api/admin/care/holiday-dates', admin.accessToken, {
          holidayCode: 'mothers_day',
          date: '2030-05-19',
        })
        .expect(409);
      const year = await t
        .get('/api/admin/care/holiday-dates?year=2030', admin.accessToken)
        .expect(200);
      expect(year.body.entries).toEqual([
        expect.objectContaining({ holidayCode: 'mothers_day', date: '2030-05-19' }),
      ]);
      expect(
        year.body.holidays.find((h: { holidayCode: string }) => h.holidayCode === 'mothers_day'),
      ).toMatchObject({ dates: ['2030-05-19'], source: 'entered' });
      await t
        .http()
        .delete(`/api/admin/care/holiday-dates/${added.body.id}`)
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .expect(204);
      await t
        .http()
        .delete(`/api/admin/care/holiday-dates/${added.body.id}`)
        .set('Authorization', `Bearer ${admin.accessToken}`)
        .expect(404);
      const after = await t
        .get('/api/admin/care/holiday-dates?year=2030', admin.accessToken)
        .expect(200);
      expect(after.body.entries).toEqual([]);
    });
  });

  describe('the care-messages job', () => {
    it('queues a birthday two days ahead once, across runs, for the morning of the day', async () => {
      const mobile = uniqueMobile();
      const soon = await createCustomer(t, coordinator.accessToken, {
        name: '寿星张',
        mobile,
        birthday: birthdayIn(2),
      });
      const later = await createCustomer(t, coordinator.accessToken, {
        name: '寿星李',
        birthday: birthdayIn(5),
      });

      const first = await runJob();
      expect(first.queued).toBeGreaterThanOrEqual(1);
      const second = await runJob();
      expect(second).toMatchObject({ queued: 0, noTemplate: 0 });
      expect(second.alreadyQueued).toBeGreaterThanOrEqual(1);

      const items = await upcoming(soon.id);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        occasion: 'birthday',
        occasionKey: 'birthday',
        occasionName: '生日',
        occasionDate: day(2),
        smsStatus: 'queued',
        // 09:00 in Shanghai
        sendAfter: `${day(2)}T01:00:00.000Z`,
        customer: { id: soon.id, code: soon.code, name: '寿星张' },
      });
      expect(items[0].text).toBe(
        '亲爱的寿星张，今天是您的生日，祝您生日快乐，身体健康，万事如意！',
      );
      expect(items[0].customer.mobile).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
      expect(await upcoming(later.id)).toEqual([]);

      // One outbox message for the person, whatever the number of runs.
      const outbox = await t
        .get('/api/admin/sms-outbox?purpose=care&pageSize=200', manager.accessToken)
        .expect(200);
      const theirs = outbox.body.items.filter(
        (m: { customerId: number }) => m.customerId === soon.id,
      );
      expect(theirs).toEqual([
        expect.objectContaining({
          dedupeKey: `care:${soon.id}:birthday:${day(2).slice(0, 4)}`,
          status: 'queued',
        }),
      ]);
      // A template gateway (Aliyun) sends it as the birthday template with these values.
      const row = await t.dataSource
        .getRepository(SmsMessage)
        .findOneByOrFail({ id: theirs[0].id });
      expect(row.template).toBe('care:birthday');
      expect(row.templateParams).toEqual({
        name: '寿星张',
        occasion: '生日',
        date: `${Number(day(2).slice(5, 7))}月${Number(day(2).slice(8, 10))}日`,
      });
    });

    it('greets named anniversaries in the window', async () => {
      const couple = await createCustomer(t, clerk.accessToken, {
        name: '王先生',
        care: {
          anniversaries: [
            { name: '结婚纪念日', date: day(1).slice(5) },
            { name: '入会纪念日', date: day(10).slice(5) },
          ],
        },
      });
      await runJob();
      const items = await upcoming(couple.id);
      expect(items.map((item) => [item.occasionKey, item.occasionName, item.occasionDate])).toEqual(
        [[`anniversary:${day(1).slice(5)}`, '结婚纪念日', day(1)]],
      );
      expect(items[0].text).toBe('亲爱的王先生，今天是您的结婚纪念日，祝您幸福美满，一切顺心！');
    });

    it('sends nothing to a customer who opted out', async () => {
      const quiet = await createCustomer(t, coordinator.accessToken, {
        birthday: birthdayIn(1),
        care: { smsOptOut: true, anniversaries: [{ name: '纪念日', date: day(0).slice(5) }] },
      });
      const counts = await runJob();
      expect(counts.optedOut).toBeGreaterThanOrEqual(2);
      expect(await upcoming(quiet.id)).toEqual([]);
    });

    it('cancels the greetings queued for a customer who opts out afterwards', async () => {
      const customer = await createCustomer(t, coordinator.accessToken, {
        birthday: birthdayIn(1),
        care: { anniversaries: [{ name: '结婚纪念日', date: day(2).slice(5) }] },
      });
      await runJob();
      expect((await upcoming(customer.id)).map((item) => item.smsStatus)).toEqual([
        'queued',
        'queued',
      ]);

      const current = await t.get(`/api/customers/${customer.id}`, clerk.accessToken).expect(200);
      await t
        .patch(`/api/customers/${customer.id}`, clerk.accessToken, {
          version: current.body.version,
          care: {
            anniversaries: current.body.care.anniversaries,
            excludedHolidays: current.body.care.excludedHolidays,
            smsOptOut: true,
          },
        })
        .expect(200);
      // still listed, as cancelled: the outbox will not send them
      expect((await upcoming(customer.id)).map((item) => item.smsStatus)).toEqual([
        'cancelled',
        'cancelled',
      ]);
      const outbox = await t
        .get('/api/admin/sms-outbox?purpose=care&status=cancelled&pageSize=200', admin.accessToken)
        .expect(200);
      expect(
        outbox.body.items.filter((m: { customerId: number }) => m.customerId === customer.id),
      ).toEqual([
        expect.objectContaining({ lastError: 'cancelled: the customer opted out' }),
        expect.objectContaining({ lastError: 'cancelled: the customer opted out' }),
      ]);
      // once a year: opting in again does not queue them anew
      expect((await runJob()).queued).toBe(0);
    });

    it('queues nothing without an active template, and catches up once there is one', async () => {
      const birthday = (await templates()).find((template) => template.templateKey === 'birthday')!;
      const off = await t
        .patch(`/api/admin/care/templates/${birthday.id}`, admin.accessToken, {
          version: birthday.version,
          active: false,
        })
        .expect(200);
      const late = await createCustomer(t, coordinator.accessToken, {
        name: '赵女士',
        birthday: birthdayIn(3),
      });
      const skipped = await runJob();
      expect(skipped.noTemplate).toBeGreaterThanOrEqual(1);
      expect(await upcoming(late.id)).toEqual([]);

      await t
        .patch(`/api/admin/care/templates/${birthday.id}`, admin.accessToken, {
          version: off.body.version,
          active: true,
          body: '{name}，{date}生日快乐！',
        })
        .expect(200);
      const caught = await runJob();
      expect(caught.queued).toBeGreaterThanOrEqual(1);
      expect((await upcoming(late.id)).map((item) => item.text)).toEqual([
        `赵女士，${Number(day(3).slice(5, 7))}月${Number(day(3).slice(8, 10))}日生日快乐！`,
      ]);
    });

    it("greets today's holidays, except where a customer's family makes one wrong (no Mother's Day greeting)", async () => {
      // A company holiday of the dictionary, and Mother's Day moved to today for this year.
      await t
        .post('/api/admin/dictionary/holiday', admin.accessToken, {
          code: 'founders_day',
          label: '司庆日',
        })
        .expect(201);
      await t
        .post('/api/admin/care/holiday-dates', admin.accessToken, {
          holidayCode: 'founders_day',
          date: day(0),
        })
        .expect(201);
      await t
        .post('/api/admin/care/holiday-dates', admin.accessToken, {
          holidayCode: 'mothers_day',
          date: day(0),
        })
        .expect(201);

      const withMother = await createCustomer(t, coordinator.accessToken, { name: '陈女士' });
      const withoutMother = await createCustomer(t, coordinator.accessToken, {
        name: '刘先生',
        care: { excludedHolidays: ['mothers_day'] },
      });
      const optedOut = await createCustomer(t, coordinator.accessToken, {
        name: '周先生',
        care: { smsOptOut: true },
      });

      const counts = await runJob();
      expect(counts.excluded).toBeGreaterThanOrEqual(1);
      expect(counts.optedOut).toBeGreaterThanOrEqual(2);

      const greeted = await upcoming(withMother.id, '&occasion=holiday&sort=occasionDate');
      const texts = Object.fromEntries(greeted.map((item) => [item.occasionKey, item.text]));
      expect(texts).toEqual({
        'holiday:mothers_day': `陈女士您好，母亲节快乐！今天${Number(day(0).slice(5, 7))}月${Number(day(0).slice(8, 10))}日，愿您和妈妈安康。`,
        'holiday:founders_day':
          '亲爱的陈女士，司庆日快乐！感谢您一直以来的信任与支持，祝您和家人幸福安康。',
      });
      expect(
        greeted.every(
          (item) => item.occasionDate === day(0) && item.sendAfter === `${day(0)}T01:00:00.000Z`,
        ),
      ).toBe(true);
      expect((await upcoming(withoutMother.id)).map((item) => item.occasionKey)).toEqual([
        'holiday:founders_day',
      ]);
      expect(await upcoming(optedOut.id)).toEqual([]);

      // Greeted once a year: the next run queues nothing new.
      expect((await runJob()).queued).toBe(0);
    });

    it('stops listing the greetings of a customer who is erased', async () => {
      const leaving = await createCustomer(t, manager.accessToken, { birthday: birthdayIn(1) });
      await runJob();
      expect((await upcoming(leaving.id, '&occasion=birthday')).length).toBe(1);
      await t
        .post(`/api/customers/${leaving.id}/erase`, manager.accessToken, {
          reason: 'PIPL request by the customer',
        })
        .expect(200);
      expect(await upcoming(leaving.id)).toEqual([]);
      await runJob();
      expect(await upcoming(leaving.id)).toEqual([]);
    });
  });

  describe('the upcoming list', () => {
    it('is for the staff who care for customers, not for admins or finance', async () => {
      for (const user of [clerk, coordinator, manager])
        await t.get('/api/care/upcoming', user.accessToken).expect(200);
      await t.get('/api/care/upcoming', admin.accessToken).expect(403);
      await t.get('/api/care/upcoming', finance.accessToken).expect(403);
      await t.get('/api/care/upcoming').expect(401);
    });

    it('filters by period and occasion, from today on', async () => {
      const all = await t.get('/api/care/upcoming?pageSize=200', manager.accessToken).expect(200);
      expect(all.body.total).toBeGreaterThanOrEqual(5);
      expect(all.body.items.every((item: Upcoming) => item.occasionDate >= day(0))).toBe(true);
      const dates = all.body.items.map((item: Upcoming) => item.occasionDate);
      expect(dates).toEqual([...dates].sort());

      const birthdays = await t
        .get(
          `/api/care/upcoming?occasion=birthday&from=${day(2)}&to=${day(2)}`,
          manager.accessToken,
        )
        .expect(200);
      expect(birthdays.body.items.length).toBeGreaterThanOrEqual(1);
      expect(
        birthdays.body.items.every(
          (item: Upcoming) => item.occasion === 'birthday' && item.occasionDate === day(2),
        ),
      ).toBe(true);
      const past = await t
        .get('/api/care/upcoming?from=2000-01-01&to=2000-12-31', manager.accessToken)
        .expect(400);
      expect(past.body.details[0].field).toBe('to');

      await t.get('/api/care/upcoming?occasion=wedding', manager.accessToken).expect(400);
      await t.get('/api/care/upcoming?from=2026-13-01', manager.accessToken).expect(400);
      await t.get('/api/care/upcoming?sort=name', manager.accessToken).expect(400);
    });
  });
});
