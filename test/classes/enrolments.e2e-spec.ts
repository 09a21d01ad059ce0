import { Enrolment } from '../../src/modules/classes/entities/enrolment.entity';
import { Receivable } from '../../src/modules/finance/entities/receivable.entity';
import { enrollingClass } from '../support/class-factory';
import { createCustomer } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * Enrolment (§4.2.2 报名): a place, the enrolment, its receivable and the customer's new
 * stage are written together or not at all; the class's status, capacity and the main
 * line's order are kept; finance hears of it.
 */
describe('enrolment (§4.2.2)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let manager: TestUser;
  let finance: TestUser;
  let clerk: TestUser;
  const seeded: Record<string, number> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    manager = await t.createUser('manager');
    finance = await t.createUser('finance');
    clerk = await t.createUser('clerk');
    const courses = await t.get('/api/courses', coordinator.accessToken).expect(200);
    for (const course of courses.body as { code: string; id: number }[])
      seeded[course.code] = course.id;
  });
  afterAll(() => t.close());

  const tokens = () => ({ admin: admin.accessToken, former: coordinator.accessToken });
  const enrol = (classId: number, body: object, who = coordinator) =>
    t.post(`/api/classes/${classId}/enrolments`, who.accessToken, body);
  /** Rows the database holds, read past the API: what a refused request must not leave. */
  const enrolments = (where: { classId?: number; customerId?: number }) =>
    t.dataSource.getRepository(Enrolment).countBy(where);
  const receivables = (where: { classId?: number; customerId?: number }) =>
    t.dataSource.getRepository(Receivable).countBy(where);

  it('enrols with the course fee and a discount line, opens the receivable, makes a TR1 student and tells finance', async () => {
    await t
      .patch(`/api/courses/${seeded.TR1}`, admin.accessToken, {
        defaultFeeFen: 1_980_000,
        version: (await t.get(`/api/courses/${seeded.TR1}`, admin.accessToken)).body.version,
      })
      .expect(200);
    const { classId } = await enrollingClass(t, tokens(), { courseId: seeded.TR1 });
    const introducer = await createCustomer(t, coordinator.accessToken, { name: '介绍人甲' });
    const student = await createCustomer(t, coordinator.accessToken, {
      name: '学员甲',
      introducerId: introducer.id,
    });
    const created = await enrol(classId, {
      customerId: student.id,
      discountFen: 180_000,
      discountReason: '老学员介绍优惠',
      filledInByCustomerId: introducer.id,
    }).expect(201);
    expect(created.body).toMatchObject({
      classId,
      customerId: student.id,
      customer: { id: student.id, name: '学员甲' },
      status: 'enrolled',
      feeFen: 1_980_000,
      discountFen: 180_000,
      discountReason: '老学员介绍优惠',
      introducerId: introducer.id,
      enrolledById: coordinator.id,
      filledInByCustomerId: introducer.id,
      overrideReason: null,
      receivableId: expect.any(Number),
    });

    const receivable = await t
      .get(`/api/receivables/${created.body.receivableId}`, finance.accessToken)
      .expect(200);
    expect(receivable.body).toMatchObject({
      enrolmentId: created.body.id,
      classId,
      courseId: seeded.TR1,
      customerId: student.id,
      coordinatorId: coordinator.id,
      dueFen: 1_800_000,
      paidFen: 0,
      outstandingFen: 1_800_000,
      status: 'open',
    });
    expect(
      receivable.body.entries.map((e: { kind: string; amountFen: number; note: string | null }) => [
        e.kind,
        e.amountFen,
        e.note,
      ]),
    ).toEqual([
      ['fee', 1_980_000, null],
      ['discount', 180_000, '老学员介绍优惠'],
    ]);

    const customer = await t
      .get(`/api/customers/${student.id}`, coordinator.accessToken)
      .expect(200);
    expect(customer.body).toMatchObject({ category: 'student', stage: 'TR1' });
    const shown = await t.get(`/api/classes/${classId}`, coordinator.accessToken).expect(200);
    expect(shown.body.enrolled).toBe(1);

    const inbox = await t.get('/api/notifications', finance.accessToken).expect(200);
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'enrolment.created',
        body: expect.stringContaining('18,000.00 元'),
      }),
    );
    const audit = await t
      .get(
        `/api/admin/audit-logs?action=enrolment.create&entityId=${created.body.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
  });

  it('writes nothing when the receivable is refused after the enrolment was written', async () => {
    const { classId } = await enrollingClass(t, tokens(), { feeFen: 50_000 });
    const student = await createCustomer(t, coordinator.accessToken, { name: '学员乙' });
    // The finance module refuses a discount above the fee: after the place and the
    // enrolment row were written in the same transaction.
    const refused = await enrol(classId, {
      customerId: student.id,
      discountFen: 60_000,
      discountReason: '超过学费的优惠',
    }).expect(422);
    expect(refused.body.code).toBe('DISCOUNT_TOO_LARGE');
    expect(await enrolments({ customerId: student.id })).toBe(0);
    expect(await receivables({ customerId: student.id })).toBe(0);
    expect((await t.get(`/api/classes/${classId}`, coordinator.accessToken)).body.enrolled).toBe(0);
    const customer = await t
      .get(`/api/customers/${student.id}`, coordinator.accessToken)
      .expect(200);
    expect(customer.body.category).toBe('prospect');
  });

  it('refuses a class not enrolling, a full class, a second enrolment and a discount without reason', async () => {
    const student = await createCustomer(t, coordinator.accessToken);
    const planning = await t
      .post('/api/classes', coordinator.accessToken, {
        courseId: seeded.TR1,
        term: 900,
        startDate: '2027-05-01',
        endDate: '2027-05-03',
      })
      .expect(201);
    expect((await enrol(planning.body.id, { customerId: student.id }).expect(422)).body.code).toBe(
      'NOT_ENROLLING',
    );

    const { classId } = await enrollingClass(t, tokens(), { capacity: 1 });
    await enrol(classId, { customerId: student.id }).expect(201);
    const again = await enrol(classId, { customerId: student.id }).expect(409);
    expect(again.body.code).toBe('ALREADY_ENROLLED');
    const other = await createCustomer(t, coordinator.accessToken);
    const full = await enrol(classId, { customerId: other.id }).expect(409);
    expect(full.body.code).toBe('CLASS_FULL');
    expect(full.body.message).toContain('1 人');

    const { classId: open } = await enrollingClass(t, tokens());
    const noReason = await enrol(open, { customerId: other.id, discountFen: 100 }).expect(400);
    expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'discountReason' })]);
    expect(await enrolments({ customerId: other.id })).toBe(0);
  });

  it('gives the last place to exactly one of two colleagues enrolling at the same moment', async () => {
    const { classId } = await enrollingClass(t, tokens(), { capacity: 1 });
    const a = await createCustomer(t, coordinator.accessToken);
    const b = await createCustomer(t, coordinator.accessToken);
    const answers = await Promise.all([
      enrol(classId, { customerId: a.id }),
      enrol(classId, { customerId: b.id }, manager),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('CLASS_FULL');
    expect(await enrolments({ classId })).toBe(1);
    expect(await receivables({ classId })).toBe(1);
  });

  it('refuses stage two before stage one is graduated, unless a manager overrides with a reason', async () => {
    const { classId } = await enrollingClass(t, tokens(), { courseId: seeded.TR2 });
    const student = await createCustomer(t, coordinator.accessToken, { name: '跳级学员' });
    const refused = await enrol(classId, { customerId: student.id }).expect(422);
    expect(refused.body.code).toBe('PREREQUISITE_MISSING');
    expect(refused.body.message).toContain('TR1');
    const notAllowed = await enrol(classId, {
      customerId: student.id,
      overrideReason: '外地分公司已上过一阶段',
    }).expect(403);
    expect(notAllowed.body.code).toBe('OVERRIDE_FORBIDDEN');
    expect(await enrolments({ customerId: student.id })).toBe(0);

    const allowed = await enrol(
      classId,
      { customerId: student.id, overrideReason: '外地分公司已上过一阶段' },
      manager,
    ).expect(201);
    expect(allowed.body.overrideReason).toBe('外地分公司已上过一阶段');
    const customer = await t.get(`/api/customers/${student.id}`, manager.accessToken).expect(200);
    expect(customer.body.stage).toBe('TR2');
    const audit = await t
      .get(
        `/api/admin/audit-logs?action=enrolment.override&entityId=${allowed.body.id}`,
        manager.accessToken,
      )
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actorId: manager.id,
        after: expect.objectContaining({ overrideReason: '外地分公司已上过一阶段' }),
      }),
    ]);

    const needless = await createCustomer(t, coordinator.accessToken);
    const { classId: tool } = await enrollingClass(t, tokens());
    const unneeded = await enrol(
      tool,
      { customerId: needless.id, overrideReason: '不需要的破格' },
      manager,
    ).expect(422);
    expect(unneeded.body.code).toBe('OVERRIDE_NOT_NEEDED');
  });

  it('shows the roster to every reader, and its money only to finance, managers and the coordinator who enrolled', async () => {
    const { classId } = await enrollingClass(t, tokens(), { feeFen: 88_800 });
    const student = await createCustomer(t, coordinator.accessToken);
    await enrol(classId, { customerId: student.id }).expect(201);
    const other = await t.createUser('coordinator');
    const money = async (who: TestUser) => {
      const roster = await t.get(`/api/classes/${classId}/enrolments`, who.accessToken).expect(200);
      expect(roster.body).toHaveLength(1);
      return roster.body[0].feeFen;
    };
    expect(await money(coordinator)).toBe(88_800);
    expect(await money(finance)).toBe(88_800);
    expect(await money(manager)).toBe(88_800);
    expect(await money(clerk)).toBeNull();
    expect(await money(other)).toBeNull();
    await t.get(`/api/classes/999999/enrolments`, clerk.accessToken).expect(404);
  });
});
