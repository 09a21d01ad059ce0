import ICAL from 'ical.js';
import { uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

interface Entry {
  id: number;
  course: { code: string; name: string };
  term: number;
  startDate: string;
  endDate: string;
  venue: string | null;
  status: string;
  headCoach: { id: number; name: string } | null;
  enrolled: number;
  capacity: number | null;
}

/** `YYYY-MM-DD` a number of days after another. */
function plus(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('course calendar and its subscription feed (§6, §1.2 b)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;
  let today: string;
  let courseId: number;
  let term = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
    // A course of this test's own, so that the calendar holds only the classes made here.
    courseId = (
      await t
        .post('/api/courses', admin.accessToken, { code: 'CAL-TEST', name: '日历测试课' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  async function trainingClass(start: number, end: number, fields: object = {}) {
    term += 1;
    const created = await t
      .post('/api/classes', coordinator.accessToken, {
        courseId,
        term,
        startDate: plus(today, start),
        endDate: plus(today, end),
        ...fields,
      })
      .expect(201);
    return created.body as { id: number; version: number; term: number };
  }

  async function schedule(from: string, to: string): Promise<Entry[]> {
    return (
      await t.get(`/api/classes/schedule?from=${from}&to=${to}`, finance.accessToken).expect(200)
    ).body;
  }

  it('lists the classes running in a period with course, dates, venue, head coach and fill', async () => {
    const before = await trainingClass(-40, -35);
    const overlapping = await trainingClass(-3, 2, {
      venue: '北京市朝阳区建国路 1 号',
      capacity: 40,
    });
    const inside = await trainingClass(5, 6);
    const after = await trainingClass(30, 31);
    const cancelled = await trainingClass(4, 5);
    await t
      .put(`/api/classes/${cancelled.id}/status`, coordinator.accessToken, {
        status: 'cancelled',
        version: cancelled.version,
      })
      .expect(200);
    const head = (
      await t
        .post('/api/coaches', coordinator.accessToken, {
          name: '日历主教练',
          mobile: uniqueMobile(),
          kinds: ['coach'],
          levelCode: 'senior',
        })
        .expect(201)
    ).body;
    await t
      .put(`/api/classes/${overlapping.id}/staff`, coordinator.accessToken, {
        headCoachId: head.id,
        members: [],
        version: overlapping.version,
      })
      .expect(200);

    const entries = await schedule(today, plus(today, 10));
    expect(entries.map((entry) => entry.id)).toEqual([overlapping.id, inside.id]);
    expect(entries[0]).toMatchObject({
      course: { code: 'CAL-TEST', name: '日历测试课' },
      startDate: plus(today, -3),
      endDate: plus(today, 2),
      venue: '北京市朝阳区建国路 1 号',
      status: 'planning',
      headCoach: { id: head.id, name: '日历主教练' },
      enrolled: 0,
      capacity: 40,
    });
    expect((await schedule(plus(today, -60), plus(today, -30))).map((e) => e.id)).toEqual([
      before.id,
    ]);
    expect((await schedule(plus(today, 31), plus(today, 31))).map((e) => e.id)).toEqual([after.id]);
    // The calendar is kept half a minute for everyone who asks, and a write in between shows at once.
    const again = await trainingClass(7, 8);
    expect((await schedule(today, plus(today, 10))).map((entry) => entry.id)).toEqual([
      overlapping.id,
      inside.id,
      again.id,
    ]);
    for (const query of [
      `from=${today}&to=${plus(today, 92)}`,
      `from=${today}&to=${plus(today, -1)}`,
      `from=${today}`,
      'from=2027-02-30&to=2027-03-01',
    ])
      await t.get(`/api/classes/schedule?${query}`, finance.accessToken).expect(400);
  });

  it('serves the calendar to a subscribed phone, parsed back the same as the schedule', async () => {
    const issued = await t.post('/api/classes/schedule/feed', finance.accessToken).expect(201);
    expect(issued.body.path).toBe(`/api/classes/schedule.ics?token=${issued.body.token}`);
    const feed = await t.get(issued.body.path).expect(200);
    expect(feed.headers['content-type']).toContain('text/calendar');

    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('课程安排');
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component: unknown) => new ICAL.Event(component))
      .filter((event: { summary: string }) => event.summary.startsWith('日历测试课'));
    const expected = await schedule(plus(today, -31), plus(today, 60));
    const later = await schedule(plus(today, 61), plus(today, 152));
    const all = [...expected, ...later.filter((entry) => !expected.some((e) => e.id === entry.id))];
    expect(
      events.map(
        (event: {
          uid: string;
          summary: string;
          location: string;
          startDate: { toString(): string };
          endDate: { toString(): string };
        }) => ({
          uid: event.uid,
          summary: event.summary,
          location: event.location ?? null,
          start: event.startDate.toString(),
          end: event.endDate.toString(),
        }),
      ),
    ).toEqual(
      all.map((entry) => ({
        uid: `class-${entry.id}@training-crm`,
        summary: `日历测试课 第 ${entry.term} 期`,
        location: entry.venue,
        start: entry.startDate,
        // iCalendar's end of an all-day event is the day after its last.
        end: plus(entry.endDate, 1),
      })),
    );
    const withHead = calendar
      .getAllSubcomponents('vevent')
      .map((component: unknown) => new ICAL.Event(component))
      .find((event: { description: string | null }) => event.description);
    expect(withHead.description).toBe('主教练：日历主教练');
  });

  it('refuses a replaced, revoked, malformed or missing token, and one of a frozen account', async () => {
    const first = (await t.post('/api/classes/schedule/feed', coordinator.accessToken).expect(201))
      .body;
    const second = (await t.post('/api/classes/schedule/feed', coordinator.accessToken).expect(201))
      .body;
    const replaced = await t.get(first.path).expect(401);
    expect(replaced.body.code).toBe('FEED_TOKEN_INVALID');
    await t.get(second.path).expect(200);
    await t
      .http()
      .delete('/api/classes/schedule/feed')
      .set('Authorization', `Bearer ${coordinator.accessToken}`)
      .expect(204);
    await t.get(second.path).expect(401);
    await t.get('/api/classes/schedule.ics?token=not-a-token').expect(401);
    await t.get(`/api/classes/schedule.ics?token=${'x'.repeat(101)}`).expect(400);
    await t.get('/api/classes/schedule.ics').expect(400);

    const leaving = await t.createUser('coordinator');
    const own = (await t.post('/api/classes/schedule/feed', leaving.accessToken).expect(201)).body;
    await t.get(own.path).expect(200);
    await t
      .post(`/api/admin/users/${leaving.id}/freeze`, admin.accessToken, { reason: '离职交接' })
      .expect(200);
    await t.get(own.path).expect(401);
  });
});
