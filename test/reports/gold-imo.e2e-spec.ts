import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfText = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string }>;

/**
 * 金牌IMO (§8.8, §8.9): introducers ranked by how many of the people they introduced entered a
 * class, or TA; ties in a fixed order; a coordinator counts the enrolments they made.
 */
describe('gold IMO reports (§8.8, §8.9)', () => {
  let t: TestApp;
  let mine: TestUser;
  let theirs: TestUser;
  let manager: TestUser;
  // 𪚥 (U+2A6A5) is outside the embedded font: the documents must still be made.
  const names = { a: 'IMO甲𪚥', b: 'IMO乙', c: 'IMO丙', d: 'IMO丁' };

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    mine = await t.createUser('coordinator');
    theirs = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    const seeded = await courseIdsByCode(t, manager.accessToken);
    const tokens = { admin: admin.accessToken, former: manager.accessToken };
    const tr1 = (await enrollingClass(t, tokens, { courseId: seeded.TR1 })).classId;
    const ta = (await enrollingClass(t, tokens, { courseId: seeded.TA })).classId;
    const tool = (await enrollingClass(t, tokens)).classId;

    const introducer = async (name: string) =>
      (await createCustomer(t, mine.accessToken, { name })).id;
    const a = await introducer(names.a);
    const b = await introducer(names.b);
    const c = await introducer(names.c);
    const d = await introducer(names.d);
    const enrolReferral = async (
      introducerId: number,
      classId: number,
      who: TestUser,
      extra: object = {},
    ) => {
      const referral = await createCustomer(t, who.accessToken, { introducerId });
      await t
        .post(`/api/classes/${classId}/enrolments`, who.accessToken, {
          customerId: referral.id,
          ...extra,
        })
        .expect(201);
      return referral.id;
    };
    // A: three people into classes (one of them into two classes: counted once); B: two,
    // one of them into TA; C and D one each, a tie that C (added first) wins.
    const twice = await enrolReferral(a, tr1, mine);
    await t
      .post(`/api/classes/${tool}/enrolments`, mine.accessToken, { customerId: twice })
      .expect(201);
    await enrolReferral(a, tr1, mine);
    await enrolReferral(a, tool, mine);
    await enrolReferral(b, tr1, theirs);
    await enrolReferral(b, ta, manager, { overrideReason: '外地分公司已上过前两阶段' });
    await enrolReferral(d, tr1, mine);
    await enrolReferral(c, tr1, mine);
  });
  afterAll(() => t.close());

  const ranking = async (key: string, user: TestUser, query = '') =>
    (
      (await t.get(`/api/reports/${key}${query}`, user.accessToken).expect(200)).body.rows as {
        rank: number;
        introducer: string;
        referrals: number;
      }[]
    ).map((row) => [row.rank, row.introducer, row.referrals]);

  it('ranks introducers by the people they introduced who entered a class, ties by who came first', async () => {
    expect(await ranking('gold-imo', manager)).toEqual([
      [1, names.a, 3],
      [2, names.b, 2],
      [3, names.c, 1],
      [4, names.d, 1],
    ]);
    expect(await ranking('gold-imo', manager, '?top=3')).toEqual([
      [1, names.a, 3],
      [2, names.b, 2],
      [3, names.c, 1],
    ]);
  });

  it('ranks by entries into TA alone for gold IMO-TA', async () => {
    expect(await ranking('gold-imo-ta', manager)).toEqual([[1, names.b, 1]]);
  });

  it('counts for a coordinator only the enrolments they made', async () => {
    expect(await ranking('gold-imo', theirs)).toEqual([[1, names.b, 1]]);
    expect(await ranking('gold-imo', mine)).toEqual([
      [1, names.a, 3],
      [2, names.c, 1],
      [3, names.d, 1],
    ]);
  });

  it('prints the ranking with its chart, and refuses a ranking too long', async () => {
    const pdf = await t
      .http()
      .get('/api/reports/gold-imo?format=pdf')
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .responseType('blob')
      .expect(200);
    const text = (await pdfText(pdf.body as Buffer)).text.replace(/\s+/g, '');
    expect(text).toContain('金牌IMO记录：海星进班排名');
    expect(text).toContain('IMO甲');
    expect(text).toContain(names.b);
    const xlsx = await t
      .http()
      .get('/api/reports/gold-imo?format=xlsx')
      .set('Authorization', `Bearer ${manager.accessToken}`)
      .responseType('blob')
      .expect(200);
    expect((xlsx.body as Buffer).length).toBeGreaterThan(1000);
    expect(text).toContain('进班海星数');
    await t.get('/api/reports/gold-imo?top=1000', manager.accessToken).expect(400);
    await t.get('/api/reports/gold-imo?top=0', manager.accessToken).expect(400);
  });
});
