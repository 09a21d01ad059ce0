import { enrollingClass } from '../support/class-factory';
import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

/**
 * The training record (§4.2.5): who serves a student, checked against the class's staff;
 * dropping out, coming back in a later class and graduating in one history; moving class
 * with the money; attendance, and a dropout risk after two absences in a row.
 */
describe('training record (§4.2.5)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let finance: TestUser;
  let clerk: TestUser;
  const seeded: Record<string, number> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    coordinator = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    clerk = await t.createUser('clerk');
    const courses = await t.get('/api/courses', coordinator.accessToken).expect(200);
    for (const course of courses.body as { code: string; id: number }[])
      seeded[course.code] = course.id;
  });
  afterAll(() => t.close());

  const tokens = () => ({ admin: admin.accessToken, former: coordinator.accessToken });
  async function student(classId: number, name = '档案学员') {
    const customer = await createCustomer(t, coordinator.accessToken, { name });
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, coordinator.accessToken, {
        customerId: customer.id,
      })
      .expect(201);
    return {
      customerId: customer.id,
      id: enrolled.body.id as number,
      receivableId: enrolled.body.receivableId as number,
    };
  }
  const record = async (id: number) =>
    (await t.get(`/api/enrolments/${id}`, coordinator.accessToken).expect(200)).body;
  const coach = async (kinds: string[]) =>
    (
      await t
        .post('/api/coaches', coordinator.accessToken, {
          name: '档案教练',
          mobile: uniqueMobile(),
          kinds,
          levelCode: 'senior',
        })
        .expect(201)
    ).body.id as number;
  const enrolled = async (classId: number) =>
    (await t.get(`/api/classes/${classId}`, coordinator.accessToken).expect(200)).body.enrolled;
  const plans = async (customerId: number, content: string) =>
    (
      await t
        .get(`/api/plans?customerId=${customerId}&pageSize=50`, coordinator.accessToken)
        .expect(200)
    ).body.items.filter((plan: { content: string }) => plan.content.includes(content));

  it("keeps the staff, group, commitment and notes of a student, only from the class's staff", async () => {
    const { classId } = await enrollingClass(t, tokens(), { feeFen: 10_000 });
    const { id } = await student(classId);
    const [head, assistant, forward, interviewer, stranger] = await Promise.all([
      coach(['coach']),
      coach(['assistant']),
      coach(['forward_assistant']),
      coach(['interview_coach']),
      coach(['assistant']),
    ]);
    const shown = await t.get(`/api/classes/${classId}`, coordinator.accessToken).expect(200);
    const staffed = await t.put(`/api/classes/${classId}/staff`, coordinator.accessToken, {
      version: shown.body.version,
      headCoachId: head,
      members: [
        { coachId: assistant, role: 'assistant' },
        { coachId: forward, role: 'forward_assistant' },
        { coachId: interviewer, role: 'interview_coach' },
      ],
    });
    expect(staffed.status).toBe(200);
    const grouped = await t
      .put(`/api/classes/${classId}/groups`, coordinator.accessToken, {
        version: staffed.body.version,
        groups: [{ name: '第一组', assistantId: assistant }],
      })
      .expect(200);
    const groupId = grouped.body.groups[0].id;

    const before = await record(id);
    const wrong = await t
      .patch(`/api/enrolments/${id}`, coordinator.accessToken, {
        assistantCoachId: stranger,
        coachId: assistant,
        version: before.version,
      })
      .expect(422);
    expect(wrong.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'assistantCoachId',
      'coachId',
    ]);
    const saved = await t
      .patch(`/api/enrolments/${id}`, coordinator.accessToken, {
        groupId,
        assistantCoachId: assistant,
        coachId: head,
        forwardAssistantId: forward,
        interviewCoachId: interviewer,
        referralCommitment: 3,
        notes: '希望带同事一起来',
        version: before.version,
      })
      .expect(200);
    expect(saved.body).toMatchObject({
      groupId,
      assistantCoachId: assistant,
      coachId: head,
      forwardAssistantId: forward,
      interviewCoachId: interviewer,
      referralCommitment: 3,
      notes: '希望带同事一起来',
      version: before.version + 1,
    });
    await t
      .patch(`/api/enrolments/${id}`, coordinator.accessToken, {
        notes: '旧版本',
        version: before.version,
      })
      .expect(409);
    await t
      .patch(`/api/enrolments/${id}`, clerk.accessToken, {
        notes: '文员',
        version: saved.body.version,
      })
      .expect(403);
  });

  it('drops out, comes back in a later class and graduates in one history, then may take stage two', async () => {
    const tr1 = await t.get(`/api/courses/${seeded.TR1}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/courses/${seeded.TR1}`, admin.accessToken, {
        defaultFeeFen: 50_000,
        version: tr1.body.version,
      })
      .expect(200);
    const first = await enrollingClass(t, tokens(), { courseId: seeded.TR1 });
    const later = await enrollingClass(t, tokens(), { courseId: seeded.TR1 });
    const { id, customerId, receivableId } = await student(first.classId, '下车学员');

    const dropped = await t
      .post(`/api/enrolments/${id}/dropout`, coordinator.accessToken, {
        date: '2027-03-07',
        reasonCode: 'work',
        notes: '出差一个月',
      })
      .expect(200);
    expect(dropped.body.status).toBe('dropped');
    expect(await enrolled(first.classId)).toBe(0);
    const winBack = await plans(customerId, '劝返');
    expect(winBack).toHaveLength(1);
    expect(winBack[0].content).toContain('工作原因');
    const again = await t
      .post(`/api/enrolments/${id}/dropout`, coordinator.accessToken, {
        date: '2027-03-07',
        reasonCode: 'work',
      })
      .expect(422);
    expect(again.body.code).toBe('BAD_TRANSITION');
    await t
      .post(`/api/enrolments/${id}/dropout`, coordinator.accessToken, {
        date: '2027-03-07',
        reasonCode: 'nonsense',
      })
      .expect(400);

    const back = await t
      .post(`/api/enrolments/${id}/rejoin`, coordinator.accessToken, { classId: later.classId })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'enrolled', classId: later.classId });
    expect(await enrolled(later.classId)).toBe(1);
    const money = await t.get(`/api/receivables/${receivableId}`, finance.accessToken).expect(200);
    expect(money.body).toMatchObject({ classId: later.classId, dueFen: 50_000 });

    const graduated = await t
      .post(`/api/enrolments/${id}/graduate`, coordinator.accessToken, {})
      .expect(200);
    expect(graduated.body.status).toBe('graduated');
    expect(
      graduated.body.history.map(
        (e: {
          kind: string;
          classId: number;
          fromClassId: number | null;
          reasonCode: string | null;
        }) => [e.kind, e.classId, e.fromClassId, e.reasonCode],
      ),
    ).toEqual([
      ['enrolled', first.classId, null, null],
      ['dropped', first.classId, null, 'work'],
      ['rejoined', later.classId, first.classId, null],
      ['graduated', later.classId, null, null],
    ]);

    const stageTwo = await enrollingClass(t, tokens(), { courseId: seeded.TR2 });
    const next = await t
      .post(`/api/classes/${stageTwo.classId}/enrolments`, coordinator.accessToken, { customerId })
      .expect(201);
    expect(next.body.overrideReason).toBeNull();
  });

  it('moves a student to another class of the course with their money, and nowhere else', async () => {
    const a = await enrollingClass(t, tokens(), { feeFen: 30_000 });
    const other = await enrollingClass(t, tokens(), { feeFen: 30_000 });
    const { id, receivableId } = await student(a.classId, '换班学员');
    await t
      .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
        amountFen: 10_000,
        methodCode: 'cash',
      })
      .set('Idempotency-Key', `transfer-${process.pid}-${id}`)
      .expect(201);
    const shown = await t.get(`/api/classes/${a.classId}`, coordinator.accessToken).expect(200);
    const sameCourse = await t
      .post('/api/classes', coordinator.accessToken, {
        courseId: shown.body.course.id,
        term: 990,
        startDate: '2027-06-05',
        endDate: '2027-06-07',
      })
      .expect(201);
    await t
      .put(`/api/classes/${sameCourse.body.id}/status`, coordinator.accessToken, {
        status: 'enrolling',
        version: sameCourse.body.version,
      })
      .expect(200);

    const elsewhere = await t
      .post(`/api/enrolments/${id}/transfer`, coordinator.accessToken, { classId: other.classId })
      .expect(422);
    expect(elsewhere.body.code).toBe('MOVE_NOT_ALLOWED');
    const moved = await t
      .post(`/api/enrolments/${id}/transfer`, coordinator.accessToken, {
        classId: sameCourse.body.id,
      })
      .expect(200);
    expect(moved.body).toMatchObject({ status: 'enrolled', classId: sameCourse.body.id });
    expect(await enrolled(a.classId)).toBe(0);
    expect(await enrolled(sameCourse.body.id)).toBe(1);
    const money = await t.get(`/api/receivables/${receivableId}`, finance.accessToken).expect(200);
    expect(money.body).toMatchObject({
      classId: sameCourse.body.id,
      paidFen: 10_000,
      refundedFen: 0,
      status: 'partly_paid',
    });
    expect(moved.body.history.map((e: { kind: string }) => e.kind)).toEqual([
      'enrolled',
      'transferred',
    ]);
  });

  it('records attendance per class day and flags two absences in a row once', async () => {
    const { classId } = await enrollingClass(t, tokens());
    const a = await student(classId, '缺勤学员');
    const b = await student(classId, '全勤学员');
    const mark = (day: string, statuses: [number, string][]) =>
      t.put(`/api/classes/${classId}/attendance`, coordinator.accessToken, {
        day,
        marks: statuses.map(([enrolmentId, status]) => ({ enrolmentId, status })),
      });
    await mark('2027-03-06', [
      [a.id, 'absent'],
      [b.id, 'present'],
    ]).expect(200);
    expect(await plans(a.customerId, '流失风险')).toHaveLength(0);
    const second = await mark('2027-03-07', [
      [a.id, 'absent'],
      [b.id, 'late'],
    ]).expect(200);
    expect(
      second.body.map((r: { enrolmentId: number; status: string }) => [r.enrolmentId, r.status]),
    ).toEqual([
      [a.id, 'absent'],
      [b.id, 'late'],
    ]);
    expect(await plans(a.customerId, '流失风险')).toHaveLength(1);
    await mark('2027-03-07', [[a.id, 'absent']]).expect(200);
    await mark('2027-03-08', [[a.id, 'absent']]).expect(200);
    expect(await plans(a.customerId, '流失风险')).toHaveLength(1);
    expect(await plans(b.customerId, '流失风险')).toHaveLength(0);

    const day = await t
      .get(`/api/classes/${classId}/attendance?day=2027-03-06`, clerk.accessToken)
      .expect(200);
    expect(day.body).toHaveLength(2);
    expect((await mark('2027-04-01', [[a.id, 'present']]).expect(422)).body.code).toBe(
      'NOT_A_CLASS_DAY',
    );
    const stranger = await student((await enrollingClass(t, tokens())).classId);
    expect((await mark('2027-03-06', [[stranger.id, 'present']]).expect(422)).body.code).toBe(
      'NOT_ON_ROSTER',
    );
    expect(
      (
        await mark('2027-03-06', [
          [a.id, 'present'],
          [a.id, 'absent'],
        ]).expect(422)
      ).body.code,
    ).toBe('NOT_ON_ROSTER');
    await mark('2027-03-06', [[a.id, 'asleep']]).expect(400);
  });
});
