import { enrollingClass } from '../support/class-factory';
import { expectFormatsAgree } from './formats-agree';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * 学员感召成绩 (§8.7): a student's referral commitment beside the people they introduced who
 * entered a class and who attended.
 */
describe('referral results report (§8.7)', () => {
  let t: TestApp;
  let mine: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    mine = await t.createUser('coordinator');
    const tokens = { admin: admin.accessToken, former: mine.accessToken };
    const first = (await enrollingClass(t, tokens)).classId;
    const next = (await enrollingClass(t, tokens)).classId;
    const enrol = async (classId: number, customerId: number) =>
      (
        await t
          .post(`/api/classes/${classId}/enrolments`, mine.accessToken, { customerId })
          .expect(201)
      ).body as { id: number; version: number };
    // 感召甲 promises 3 and brings 2 (one attends); 感召乙 promises 1 and brings none; 不承诺
    // makes no promise (not listed).
    const promiser = await createCustomer(t, mine.accessToken, { name: '感召甲' });
    const quiet = await createCustomer(t, mine.accessToken, { name: '感召乙' });
    const none = await createCustomer(t, mine.accessToken, { name: '不承诺' });
    const commit = async (enrolment: { id: number; version: number }, referralCommitment: number) =>
      t
        .patch(`/api/enrolments/${enrolment.id}`, mine.accessToken, {
          referralCommitment,
          version: enrolment.version,
        })
        .expect(200);
    await commit(await enrol(first, promiser.id), 3);
    await commit(await enrol(first, quiet.id), 1);
    await enrol(first, none.id);
    const came = await createCustomer(t, mine.accessToken, { introducerId: promiser.id });
    const stayedAway = await createCustomer(t, mine.accessToken, { introducerId: promiser.id });
    const cameEnrolment = await enrol(next, came.id);
    await enrol(next, stayedAway.id);
    await t
      .put(`/api/classes/${next}/attendance`, mine.accessToken, {
        day: '2027-03-06',
        marks: [{ enrolmentId: cameEnrolment.id, status: 'late' }],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  it('renders the same figures as Excel and PDF', async () => {
    await expectFormatsAgree(t, mine, '/api/reports/referral-results');
  });

  it('sets each promise beside the people introduced who entered and attended', async () => {
    const answer = await t.get('/api/reports/referral-results', mine.accessToken).expect(200);
    const rows = (
      answer.body.rows as {
        student: string;
        committed: number;
        entered: number;
        attended: number;
        rate: number;
      }[]
    ).map((row) => [row.student, row.committed, row.entered, row.attended, row.rate]);
    expect(rows).toEqual([
      ['感召甲', 3, 2, 1, 2 / 3],
      ['感召乙', 1, 0, 0, 0],
    ]);
    expect(answer.body.charts[0].categories).toEqual(['感召甲', '感召乙']);
  });

  it('lists nobody for a coordinator who enrolled none of them', async () => {
    const other = await t.createUser('coordinator');
    const answer = await t.get('/api/reports/referral-results', other.accessToken).expect(200);
    expect(answer.body.rows).toEqual([]);
  });
});
