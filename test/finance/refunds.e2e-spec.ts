import { FileRecord } from '../../src/files/entities/file-record.entity';
import { LedgerEntry } from '../../src/modules/finance/entities/ledger-entry.entity';
import { RefundRequest } from '../../src/modules/finance/entities/refund-request.entity';
import { enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n退费申请\n');

/**
 * Refunds (§4.2.3 必须提交书面退费申请): a written request with its scan or PDF; decided by
 * finance or a manager who did not submit it; approval pays the refund out once and takes
 * the student off the class, keeping the enrolment in the history.
 */
describe('refunds (§4.2.3)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;
  let manager: TestUser;
  const seeded: Record<string, number> = {};
  let keys = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    manager = await t.createUser('manager');
    const courses = await t.get('/api/courses', coordinator.accessToken).expect(200);
    for (const course of courses.body as { code: string; id: number }[])
      seeded[course.code] = course.id;
    const tr1 = await t.get(`/api/courses/${seeded.TR1}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/courses/${seeded.TR1}`, admin.accessToken, {
        defaultFeeFen: 100_000,
        version: tr1.body.version,
      })
      .expect(200);
  });
  afterAll(() => t.close());

  const key = () => {
    keys += 1;
    return `refund-${process.pid}-${keys}`;
  };

  /** A student of a new class, paid `paidFen` of the fee. */
  async function paidStudent(paidFen: number, courseId?: number) {
    const { classId } = await enrollingClass(
      t,
      { admin: admin.accessToken, former: coordinator.accessToken },
      courseId ? { courseId } : { feeFen: 100_000 },
    );
    const student = await createCustomer(t, coordinator.accessToken, { name: '退费学员' });
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, coordinator.accessToken, {
        customerId: student.id,
      })
      .expect(201);
    const receivableId = enrolled.body.receivableId as number;
    if (paidFen > 0)
      await t
        .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
          amountFen: paidFen,
          methodCode: 'transfer',
        })
        .set('Idempotency-Key', key())
        .expect(201);
    return { classId, customerId: student.id, enrolmentId: enrolled.body.id, receivableId };
  }
  const upload = (who: TestUser, bytes = PDF, name = '退费申请.pdf') =>
    t
      .http()
      .post('/api/refunds/documents')
      .set('Authorization', `Bearer ${who.accessToken}`)
      .attach('file', bytes, name);
  /** A refund request with its uploaded document, answered with `status`. */
  async function requested(who: TestUser, receivableId: number, amountFen: number, status: number) {
    const document = await upload(who).expect(201);
    return t
      .post(`/api/receivables/${receivableId}/refunds`, who.accessToken, {
        amountFen,
        reason: '工作调动，无法参加',
        documentId: document.body.id,
      })
      .expect(status);
  }
  const approve = (who: TestUser, refundId: number, k: string | null = key()) => {
    const call = t.post(`/api/refunds/${refundId}/approval`, who.accessToken, {
      methodCode: 'transfer',
      note: '原路退回',
    });
    return k === null ? call : call.set('Idempotency-Key', k);
  };

  it('pays an approved refund out once, takes the student off the class and keeps the history', async () => {
    const { classId, customerId, enrolmentId, receivableId } = await paidStudent(
      100_000,
      seeded.TR1,
    );
    expect((await t.get(`/api/customers/${customerId}`, coordinator.accessToken)).body.stage).toBe(
      'TR1',
    );
    const request = await requested(coordinator, receivableId, 60_000, 201);
    expect(request.body).toMatchObject({
      status: 'pending',
      amountFen: 60_000,
      requestedById: coordinator.id,
    });

    const inbox = await t.get('/api/notifications', finance.accessToken).expect(200);
    expect(inbox.body.items).toContainEqual(expect.objectContaining({ kind: 'refund.requested' }));

    const k = key();
    const approved = await approve(finance, request.body.id, k).expect(201);
    expect(approved.body.refund).toMatchObject({
      status: 'executed',
      decidedById: finance.id,
      refundEntryId: expect.any(Number),
    });
    expect(approved.body.receivable).toMatchObject({
      paidFen: 100_000,
      refundedFen: 60_000,
      outstandingFen: 0,
      status: 'refunded',
    });
    const again = await approve(finance, request.body.id, k).expect(201);
    expect(again.body).toEqual(approved.body);
    expect(
      await t.dataSource.getRepository(LedgerEntry).countBy({ receivableId, kind: 'refund' }),
    ).toBe(1);

    const roster = await t
      .get(`/api/classes/${classId}/enrolments`, coordinator.accessToken)
      .expect(200);
    expect(roster.body).toEqual([expect.objectContaining({ id: enrolmentId, status: 'refunded' })]);
    expect((await t.get(`/api/classes/${classId}`, coordinator.accessToken)).body.enrolled).toBe(0);
    expect((await t.get(`/api/customers/${customerId}`, coordinator.accessToken)).body.stage).toBe(
      'none',
    );

    const told = await t.get('/api/notifications', coordinator.accessToken).expect(200);
    expect(told.body.items).toContainEqual(
      expect.objectContaining({ kind: 'refund.decided', title: expect.stringContaining('已退费') }),
    );
    const audit = await t
      .get(
        `/api/admin/audit-logs?action=refund.approve&entityId=${request.body.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    await t
      .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
        amountFen: 1,
        methodCode: 'cash',
      })
      .set('Idempotency-Key', key())
      .expect(409);
  });

  it('shows enrolments and money in the customer 360, the money only to those who may see it', async () => {
    const { customerId, receivableId } = await paidStudent(30_000);
    await requested(coordinator, receivableId, 10_000, 201);
    const sections = async (who: TestUser) =>
      (await t.get(`/api/customers/${customerId}/overview`, who.accessToken).expect(200)).body
        .sections;
    const mine = await sections(coordinator);
    expect(mine.enrolments).toEqual([
      expect.objectContaining({
        customerId,
        status: 'enrolled',
        feeFen: 100_000,
        history: [expect.objectContaining({ kind: 'enrolled' })],
      }),
    ]);
    expect(mine.money).toEqual([
      expect.objectContaining({
        id: receivableId,
        paidFen: 30_000,
        entries: [
          expect.objectContaining({ kind: 'fee' }),
          expect.objectContaining({ kind: 'payment' }),
        ],
        refunds: [expect.objectContaining({ status: 'pending', amountFen: 10_000 })],
      }),
    ]);
    expect((await sections(finance)).money).toHaveLength(1);
    const colleague = await t.createUser('coordinator');
    const theirs = await sections(colleague);
    expect(theirs.money).toEqual([]);
    expect(theirs.enrolments[0].feeFen).toBeNull();
    const clerk = await t.createUser('clerk');
    const clerks = await sections(clerk);
    expect(clerks.money).toBeNull();
    expect(clerks.enrolments[0].receivableId).toBeNull();
  });

  it('keeps the money and the enrolment of an erased customer, without what was written about them', async () => {
    const { customerId, enrolmentId, receivableId } = await paidStudent(30_000);
    const before = await t
      .get(`/api/enrolments/${enrolmentId}`, coordinator.accessToken)
      .expect(200);
    await t
      .patch(`/api/enrolments/${enrolmentId}`, coordinator.accessToken, {
        notes: '学员王小明的家庭情况',
        version: before.body.version,
      })
      .expect(200);
    const request = await requested(coordinator, receivableId, 10_000, 201);
    await t
      .post(`/api/customers/${customerId}/erase`, manager.accessToken, {
        reason: '客户要求删除个人信息',
      })
      .expect(200);

    const record = await t
      .get(`/api/enrolments/${enrolmentId}`, coordinator.accessToken)
      .expect(200);
    expect(record.body).toMatchObject({ status: 'enrolled', notes: null, feeFen: 100_000 });
    const money = await t.get(`/api/receivables/${receivableId}`, finance.accessToken).expect(200);
    expect(money.body).toMatchObject({ paidFen: 30_000, customerId });
    expect(money.body.entries).toHaveLength(2);
    const refund = await t.get(`/api/refunds/${request.body.id}`, finance.accessToken).expect(200);
    expect(refund.body.reason).toBe('已删除');
    // The scanned request is handed to the file sweep.
    const scan = await t.dataSource
      .getRepository(FileRecord)
      .findOneByOrFail({ id: refund.body.documentId });
    expect(scan.retainUntil?.getTime()).toBe(0);
  });

  it('names the student and the requester of each request in the list', async () => {
    const { customerId, receivableId } = await paidStudent(40_000);
    const asked = await requested(coordinator, receivableId, 10_000, 201);
    const list = await t
      .get(`/api/refunds?receivableId=${receivableId}`, finance.accessToken)
      .expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: asked.body.id,
        customer: expect.objectContaining({ id: customerId, name: '退费学员' }),
        requestedByName: 'Test coordinator',
      }),
    ]);
  });

  it('refuses the requester as approver, and a second decision', async () => {
    const { receivableId } = await paidStudent(50_000);
    const request = await requested(finance, receivableId, 50_000, 201);
    const self = await approve(finance, request.body.id).expect(403);
    expect(self.body.code).toBe('APPROVER_IS_REQUESTER');
    const selfReject = await t
      .post(`/api/refunds/${request.body.id}/rejection`, finance.accessToken, {
        reason: '自己驳回',
      })
      .expect(403);
    expect(selfReject.body.code).toBe('APPROVER_IS_REQUESTER');
    const rejected = await t
      .post(`/api/refunds/${request.body.id}/rejection`, manager.accessToken, {
        reason: '不符合退费条件',
      })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      decisionNote: '不符合退费条件',
      decidedById: manager.id,
    });
    const twice = await approve(manager, request.body.id).expect(409);
    expect(twice.body.code).toBe('REFUND_DECIDED');
    const receivable = await t
      .get(`/api/receivables/${receivableId}`, finance.accessToken)
      .expect(200);
    expect(receivable.body).toMatchObject({
      paidFen: 50_000,
      refundedFen: 0,
      status: 'partly_paid',
    });
  });

  it('refuses a request without its written document, or for more than was paid, or while one waits', async () => {
    const { receivableId } = await paidStudent(30_000);
    const without = await t
      .post(`/api/receivables/${receivableId}/refunds`, coordinator.accessToken, {
        amountFen: 10_000,
        reason: '个人原因',
      })
      .expect(400);
    expect(without.body.details).toEqual([expect.objectContaining({ field: 'documentId' })]);
    const notMine = await upload(finance).expect(201);
    const foreign = await t
      .post(`/api/receivables/${receivableId}/refunds`, coordinator.accessToken, {
        amountFen: 10_000,
        reason: '个人原因',
        documentId: notMine.body.id,
      })
      .expect(422);
    expect(foreign.body.code).toBe('DOCUMENT_INVALID');
    const text = await upload(
      coordinator,
      Buffer.from('just some words, not a scan'),
      'scan.pdf',
    ).expect(415);
    expect(text.body.message).toContain('PDF');
    const tooMuch = await requested(coordinator, receivableId, 30_001, 409);
    expect(tooMuch.body.code).toBe('REFUND_TOO_LARGE');
    await requested(coordinator, receivableId, 10_000, 201);
    const second = await requested(coordinator, receivableId, 10_000, 409);
    expect(second.body.code).toBe('REFUND_PENDING');
    expect(await t.dataSource.getRepository(RefundRequest).countBy({ receivableId })).toBe(1);
  });

  it('requires an Idempotency-Key to pay a refund out, and decides a request once under two approvers at once', async () => {
    const { receivableId } = await paidStudent(40_000);
    const request = await requested(coordinator, receivableId, 40_000, 201);
    expect((await approve(finance, request.body.id, null).expect(400)).body.code).toBe(
      'IDEMPOTENCY_KEY_REQUIRED',
    );
    const answers = await Promise.all([
      approve(finance, request.body.id),
      approve(manager, request.body.id),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('REFUND_DECIDED');
    expect(
      await t.dataSource.getRepository(LedgerEntry).countBy({ receivableId, kind: 'refund' }),
    ).toBe(1);
  });

  it("moves no money on a receivable that is not there or not the asker's", async () => {
    const { receivableId } = await paidStudent(20_000);
    const colleague = await t.createUser('coordinator');
    const document = await upload(colleague).expect(201);
    await t
      .post(`/api/receivables/${receivableId}/refunds`, colleague.accessToken, {
        amountFen: 10_000,
        reason: '别人的学员',
        documentId: document.body.id,
      })
      .expect(404);
    expect(await t.dataSource.getRepository(RefundRequest).countBy({ receivableId })).toBe(0);
    await t
      .post('/api/receivables/999999/payments', finance.accessToken, {
        amountFen: 100,
        methodCode: 'cash',
      })
      .set('Idempotency-Key', key())
      .expect(404);
    await approve(finance, 999999).expect(404);
    const receivable = await t
      .get(`/api/receivables/${receivableId}`, finance.accessToken)
      .expect(200);
    expect(receivable.body).toMatchObject({ paidFen: 20_000, refundedFen: 0 });
  });

  it('shows the written request to those who may see the money only', async () => {
    const { receivableId } = await paidStudent(20_000);
    const request = await requested(coordinator, receivableId, 20_000, 201);
    const file = await t
      .get(`/api/refunds/${request.body.id}/document`, finance.accessToken)
      .buffer(true)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
    const colleague = await t.createUser('coordinator');
    await t.get(`/api/refunds/${request.body.id}/document`, colleague.accessToken).expect(404);
    await t.get(`/api/refunds/${request.body.id}`, colleague.accessToken).expect(404);
    const theirs = await t.get('/api/refunds', colleague.accessToken).expect(200);
    expect(theirs.body.total).toBe(0);
    const uploads = await t
      .get(
        `/api/admin/audit-logs?action=refund.documentUpload&userId=${coordinator.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(uploads.body.items.length).toBeGreaterThan(0);
    const pending = await t.get('/api/refunds?status=pending', finance.accessToken).expect(200);
    expect(pending.body.items.map((r: { id: number }) => r.id)).toContain(request.body.id);
  });
});
