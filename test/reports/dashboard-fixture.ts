import { Customer } from '../../src/modules/customers/entities/customer.entity';
import { Enrolment } from '../../src/modules/classes/entities/enrolment.entity';
import { LedgerEntry } from '../../src/modules/finance/entities/ledger-entry.entity';
import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import type { TestApp, TestUser } from '../support/test-app';

/** The people of the dashboard's and counts' data. */
export interface DashboardPeople {
  alice: TestUser;
  bob: TestUser;
  manager: TestUser;
  finance: TestUser;
  admin: TestUser;
  clerk: TestUser;
  /** the TR1 class everyone enrolled in */
  classId: number;
  courseId: number;
}

let keys = 0;

/**
 * Hand-built data with known answers, over October 2026 (the period) and the 31 days before
 * it (31 August – 30 September): times the API sets to "now" (when a customer was added, an
 * enrolment made, a refund or reversal paid) are moved into the periods afterwards.
 *
 * Alice (coordinator): a1, a2 added in October, a3 in September, a4 in October but erased;
 * a5 contacted today; a6 lost; a7 and a8 added in January and never contacted. Records: a1 on
 * 2, 6, 10 October, a2 on 3, 5 October (10 days over 3 gaps), a3 on 10 and 16 September.
 * Enrolments in TR1: a1 on 20 October, a8 on 5 October (refunded on 7 October), a2 on
 * 20 September. Money: a1 ¥1,000 + ¥200 (reversed), a8 ¥400 refunded in full, a2 ¥500 in
 * September. Bob: b1 added 12 October, records on 1 and 21 October, enrolled 22 October,
 * paid ¥100 on 23 October.
 */
export async function dashboardData(t: TestApp): Promise<DashboardPeople> {
  const admin = await t.admin();
  const alice = await t.createUser('coordinator', { displayName: '看板甲' });
  const bob = await t.createUser('coordinator', { displayName: '看板乙' });
  const manager = await t.createUser('manager', { displayName: '看板经理' });
  const finance = await t.createUser('finance');
  const clerk = await t.createUser('clerk');
  const types = Object.fromEntries(
    (await t.get('/api/interaction-types', alice.accessToken).expect(200)).body.map(
      (type: { code: string; id: number }) => [type.code, type.id],
    ),
  );
  const courseId = (await courseIdsByCode(t, manager.accessToken)).TR1;
  const course = await t.get(`/api/courses/${courseId}`, admin.accessToken).expect(200);
  await t
    .patch(`/api/courses/${courseId}`, admin.accessToken, {
      defaultFeeFen: 200_000,
      version: course.body.version,
    })
    .expect(200);
  const { classId } = await enrollingClass(
    t,
    { admin: admin.accessToken, former: manager.accessToken },
    { courseId },
  );
  const added = async (who: TestUser, name: string, at: string, fields = {}) => {
    const customer = await createCustomer(t, who.accessToken, { name, ...fields });
    await t.dataSource
      .createQueryBuilder()
      .update(Customer)
      .set({ createdAt: new Date(at) })
      .where('id = :id', { id: customer.id })
      .execute();
    return customer.id;
  };
  const a1 = await added(alice, '看板客户一', '2026-10-10T02:00:00Z', { statusTag: 'interested' });
  const a2 = await added(alice, '看板客户二', '2026-10-10T03:00:00Z', { statusTag: 'interested' });
  const a3 = await added(alice, '看板客户三', '2026-09-15T02:00:00Z', { statusTag: 'contacting' });
  const a4 = await added(alice, '看板客户四', '2026-10-11T02:00:00Z', { statusTag: 'interested' });
  const a5 = await added(alice, '看板客户五', '2026-01-10T02:00:00Z');
  await added(alice, '看板客户六', '2026-01-15T02:00:00Z', { statusTag: 'lost' });
  await added(alice, '看板客户七', '2026-01-20T02:00:00Z');
  const a8 = await added(alice, '看板客户八', '2026-01-25T02:00:00Z');
  const b1 = await added(bob, '看板客户九', '2026-10-12T02:00:00Z');
  await t
    .post(`/api/customers/${a4}/erase`, manager.accessToken, { reason: '本人要求删除个人信息' })
    .expect(200);

  const record = (who: TestUser, customerId: number, occurredAt?: string) =>
    t
      .post('/api/interactions', who.accessToken, {
        customerId,
        typeId: types.follow_up,
        channel: 'phone',
        content: '电话沟通',
        outcome: '继续跟进',
        ...(occurredAt ? { occurredAt } : {}),
      })
      .expect(201);
  for (const day of ['02', '06', '10']) await record(alice, a1, `2026-10-${day}T02:00:00Z`);
  for (const day of ['03', '05']) await record(alice, a2, `2026-10-${day}T02:00:00Z`);
  for (const day of ['10', '16']) await record(alice, a3, `2026-09-${day}T02:00:00Z`);
  await record(alice, a5);
  for (const day of ['01', '21']) await record(bob, b1, `2026-10-${day}T02:00:00Z`);

  const enrol = async (who: TestUser, customerId: number, at: string) => {
    const answer = await t
      .post(`/api/classes/${classId}/enrolments`, who.accessToken, { customerId })
      .expect(201);
    await t.dataSource
      .createQueryBuilder()
      .update(Enrolment)
      .set({ enrolledAt: new Date(at) })
      .where('id = :id', { id: answer.body.id })
      .execute();
    return answer.body.receivableId as number;
  };
  const pay = async (receivableId: number, amountFen: number, paidAt: string) => {
    keys += 1;
    return t
      .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
        amountFen,
        methodCode: 'cash',
        paidAt,
      })
      .set('Idempotency-Key', `dash-${process.pid}-${keys}`)
      .expect((answer) => {
        if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
      });
  };
  const movePaidAt = (receivableId: number, kind: string, at: string) =>
    t.dataSource
      .createQueryBuilder()
      .update(LedgerEntry)
      .set({ paidAt: new Date(at) })
      .where('receivableId = :receivableId AND kind = :kind', { receivableId, kind })
      .execute();

  const r1 = await enrol(alice, a1, '2026-10-20T02:00:00Z');
  const r8 = await enrol(alice, a8, '2026-10-05T02:00:00Z');
  const r2 = await enrol(alice, a2, '2026-09-20T02:00:00Z');
  const rb = await enrol(bob, b1, '2026-10-22T02:00:00Z');
  await pay(r1, 100_000, '2026-10-21T02:00:00Z');
  const wrong = await pay(r1, 20_000, '2026-10-22T02:00:00Z');
  keys += 1;
  await t
    .post(`/api/payments/${wrong.body.entry.id}/reversal`, finance.accessToken, { reason: '记错' })
    .set('Idempotency-Key', `dash-${process.pid}-${keys}`)
    .expect(201);
  await movePaidAt(r1, 'reversal', '2026-10-25T02:00:00Z');
  await pay(r8, 40_000, '2026-10-06T02:00:00Z');
  const document = await t
    .http()
    .post('/api/refunds/documents')
    .set('Authorization', `Bearer ${alice.accessToken}`)
    .attach('file', Buffer.from('%PDF-1.4\n%看板\n'), 'request.pdf')
    .expect(201);
  const refund = await t
    .post(`/api/receivables/${r8}/refunds`, alice.accessToken, {
      amountFen: 40_000,
      reason: '看板退费',
      documentId: document.body.id,
    })
    .expect(201);
  keys += 1;
  await t
    .post(`/api/refunds/${refund.body.id}/approval`, finance.accessToken, {
      methodCode: 'transfer',
    })
    .set('Idempotency-Key', `dash-${process.pid}-${keys}`)
    .expect(201);
  await movePaidAt(r8, 'refund', '2026-10-07T02:00:00Z');
  await pay(r2, 50_000, '2026-09-21T02:00:00Z');
  await pay(rb, 10_000, '2026-10-23T02:00:00Z');
  return { alice, bob, manager, finance, admin, clerk, classId, courseId };
}
