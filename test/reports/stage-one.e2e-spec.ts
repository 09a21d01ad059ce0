import { Workbook } from 'exceljs';
import { courseIdsByCode, enrollingClass } from '../support/class-factory';
import { createCustomer, uniqueMobile } from '../support/customer-factory';
import { TestApp, TestUser } from '../support/test-app';

// pdf-parse's index runs a self-test on require; its library file is the parser alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{
  text: string;
  numpages: number;
}>;

type Row = Record<string, string | number | null>;
interface Section {
  title: string;
  columns: { key: string }[];
  rows: Row[];
}

/**
 * 一阶段报告 (§8.11): one TR1 class's facts, staff and groups, the roster with introducer,
 * staff, group, commitment, attendance, promotion and money; dropouts with reasons, a re-join
 * into a later class, a transfer in, a graduate, a refund, a reversed payment and an erased
 * student; as JSON, Excel and a multi-page PDF. A coordinator sees the students they
 * enrolled; finance the money but no phones.
 */
describe('stage-one report (§8.11)', () => {
  let t: TestApp;
  let manager: TestUser;
  let mine: TestUser;
  let theirs: TestUser;
  let finance: TestUser;
  let classA: number;
  let classB: number;
  let keys = 0;
  const mobiles: string[] = [];

  const key = () => {
    keys += 1;
    return `stage-one-${process.pid}-${keys}`;
  };
  const pay = (receivableId: number, amountFen: number) =>
    t
      .post(`/api/receivables/${receivableId}/payments`, finance.accessToken, {
        amountFen,
        methodCode: 'cash',
      })
      .set('Idempotency-Key', key())
      .expect(201);
  const enrol = async (classId: number, by: TestUser, name: string, introducerId?: number) => {
    const mobile = uniqueMobile();
    mobiles.push(mobile);
    const customer = await createCustomer(t, by.accessToken, {
      name,
      mobile,
      ...(introducerId ? { introducerId } : {}),
    });
    const enrolled = await t
      .post(`/api/classes/${classId}/enrolments`, by.accessToken, { customerId: customer.id })
      .expect(201);
    return {
      customerId: customer.id as number,
      id: enrolled.body.id as number,
      receivableId: enrolled.body.receivableId as number,
    };
  };
  const coach = async (kind: string, name: string) =>
    (
      await t
        .post('/api/coaches', manager.accessToken, {
          name,
          mobile: uniqueMobile(),
          kinds: [kind],
          levelCode: 'senior',
        })
        .expect(201)
    ).body.id as number;
  const report = (user: TestUser, classId = classA) =>
    t.get(`/api/reports/stage-one?classId=${classId}`, user.accessToken);
  const download = (user: TestUser, format: string) =>
    t
      .http()
      .get(`/api/reports/stage-one?classId=${classA}&format=${format}`)
      .set('Authorization', `Bearer ${user.accessToken}`)
      .responseType('blob');
  const section = (body: { sections: Section[] }, title: string) =>
    body.sections.find((s) => s.title === title) as Section;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.admin();
    manager = await t.createUser('manager');
    mine = await t.createUser('coordinator');
    theirs = await t.createUser('coordinator');
    finance = await t.createUser('finance');
    const seeded = await courseIdsByCode(t, manager.accessToken);
    const tr1 = await t.get(`/api/courses/${seeded.TR1}`, admin.accessToken).expect(200);
    await t
      .patch(`/api/courses/${seeded.TR1}`, admin.accessToken, {
        defaultFeeFen: 100_000,
        version: tr1.body.version,
      })
      .expect(200);
    const tokens = { admin: admin.accessToken, former: manager.accessToken };
    classA = (await enrollingClass(t, tokens, { courseId: seeded.TR1 })).classId;
    classB = (await enrollingClass(t, tokens, { courseId: seeded.TR1 })).classId;
    const classC = (await enrollingClass(t, tokens, { courseId: seeded.TR1 })).classId;
    const tr2 = (await enrollingClass(t, tokens, { courseId: seeded.TR2 })).classId;
    const ta = (await enrollingClass(t, tokens, { courseId: seeded.TA })).classId;

    // The staff and the one group.
    const head = await coach('coach', '主教练王');
    const assistant = await coach('assistant', '助教李');
    const shown = await t.get(`/api/classes/${classA}`, manager.accessToken).expect(200);
    const staffed = await t
      .put(`/api/classes/${classA}/staff`, manager.accessToken, {
        version: shown.body.version,
        headCoachId: head,
        members: [{ coachId: assistant, role: 'assistant' }],
      })
      .expect(200);
    const grouped = await t
      .put(`/api/classes/${classA}/groups`, manager.accessToken, {
        version: staffed.body.version,
        groups: [{ name: '第一组', assistantId: assistant }],
      })
      .expect(200);
    const groupId = grouped.body.groups[0].id as number;

    // 甲 introduced by an earlier customer; in the group, committed to bring three.
    const introducer = await createCustomer(t, mine.accessToken, { name: '介绍人周' });
    const jia = await enrol(classA, mine, '学员甲', introducer.id);
    const record = await t.get(`/api/enrolments/${jia.id}`, mine.accessToken).expect(200);
    await t
      .patch(`/api/enrolments/${jia.id}`, mine.accessToken, {
        groupId,
        assistantCoachId: assistant,
        coachId: head,
        referralCommitment: 3,
        version: record.body.version,
      })
      .expect(200);
    const yi = await enrol(classA, theirs, '学员乙');
    const bing = await enrol(classA, mine, '学员丙');
    const ding = await enrol(classC, mine, '学员丁');
    const wu = await enrol(classA, mine, '学员戊');
    const ji = await enrol(classA, mine, '学员己');
    const geng = await enrol(classA, mine, '学员庚');
    const xin = await enrol(classA, mine, '学员辛');

    // Money: 甲 ¥300 + ¥200 (a mistake, reversed) + ¥300; 乙 in full; 辛 paid, then refunded.
    await pay(jia.receivableId, 30_000);
    const wrong = await pay(jia.receivableId, 20_000);
    await t
      .post(`/api/payments/${wrong.body.entry.id}/reversal`, finance.accessToken, {
        reason: '金额记错',
      })
      .set('Idempotency-Key', key())
      .expect(201);
    await pay(jia.receivableId, 30_000);
    await pay(yi.receivableId, 100_000);
    await pay(xin.receivableId, 100_000);
    const document = await t
      .http()
      .post('/api/refunds/documents')
      .set('Authorization', `Bearer ${mine.accessToken}`)
      .attach('file', Buffer.from('%PDF-1.4\n%退费申请\n'), 'request.pdf')
      .expect(201);
    const refund = await t
      .post(`/api/receivables/${xin.receivableId}/refunds`, mine.accessToken, {
        amountFen: 100_000,
        reason: '个人原因退费',
        documentId: document.body.id,
      })
      .expect(201);
    await t
      .post(`/api/refunds/${refund.body.id}/approval`, finance.accessToken, {
        methodCode: 'transfer',
        note: '原路退回',
      })
      .set('Idempotency-Key', key())
      .expect(201);

    // The way through the class: 丙 drops out and comes back in class B; 丁 moves in from C;
    // 戊 drops out for good; 己 graduates; 庚's record is erased on request.
    await t
      .post(`/api/enrolments/${bing.id}/dropout`, mine.accessToken, {
        date: '2027-03-07',
        reasonCode: 'work',
        notes: '出差一个月',
      })
      .expect(200);
    await t
      .post(`/api/enrolments/${bing.id}/rejoin`, mine.accessToken, { classId: classB })
      .expect(200);
    await t
      .post(`/api/enrolments/${ding.id}/transfer`, mine.accessToken, { classId: classA })
      .expect(200);
    await t
      .post(`/api/enrolments/${wu.id}/dropout`, mine.accessToken, {
        date: '2027-03-06',
        reasonCode: 'work',
      })
      .expect(200);
    await t.post(`/api/enrolments/${ji.id}/graduate`, mine.accessToken, {}).expect(200);
    await t
      .post(`/api/customers/${geng.customerId}/erase`, manager.accessToken, {
        reason: '本人要求删除',
      })
      .expect((answer) => expect([200, 201]).toContain(answer.status));

    // Attendance: 甲 both days, 乙 one of two.
    await t
      .put(`/api/classes/${classA}/attendance`, mine.accessToken, {
        day: '2027-03-06',
        marks: [{ enrolmentId: jia.id, status: 'present' }],
      })
      .expect(200);
    await t
      .put(`/api/classes/${classA}/attendance`, theirs.accessToken, {
        day: '2027-03-06',
        marks: [{ enrolmentId: yi.id, status: 'absent' }],
      })
      .expect(200);
    await t
      .put(`/api/classes/${classA}/attendance`, mine.accessToken, {
        day: '2027-03-07',
        marks: [{ enrolmentId: jia.id, status: 'late' }],
      })
      .expect(200);
    await t
      .put(`/api/classes/${classA}/attendance`, theirs.accessToken, {
        day: '2027-03-07',
        marks: [{ enrolmentId: yi.id, status: 'present' }],
      })
      .expect(200);

    // Promotion so far: 甲 to TR2 and TA, 乙 to TR2 (a manager's override of the graduation).
    for (const [classId, customerId] of [
      [tr2, jia.customerId],
      [ta, jia.customerId],
      [tr2, yi.customerId],
    ])
      await t
        .post(`/api/classes/${classId}/enrolments`, manager.accessToken, {
          customerId,
          overrideReason: '测试晋升',
        })
        .expect(201);
  });
  afterAll(() => t.close());

  it("states the class, its staff and groups, and lists the roster with each student's figures", async () => {
    const answer = await report(manager).expect(200);
    const body = answer.body;
    expect(body.title).toBe('一阶段报告');
    const facts = Object.fromEntries(
      body.facts.map((fact: { label: string; value: string }) => [fact.label, fact.value]),
    );
    expect(facts).toMatchObject({
      主教练: '主教练王',
      助教: '助教李',
      上课日期: '2027-03-06 至 2027-03-08',
      已考勤天数: '2',
      分组: '第一组（助教李）',
    });
    expect(body.columns.map((column: { key: string }) => column.key)).toEqual([
      'name',
      'mobile',
      'status',
      'group',
      'assistant',
      'coach',
      'introducer',
      'commitment',
      'attended',
      'attendance',
      'promoted',
      'paidFen',
      'outstandingFen',
    ]);
    const roster = body.rows.map((row: Row) => [
      row.name,
      row.status,
      row.group,
      row.introducer,
      row.commitment,
      row.attended,
      row.attendance,
      row.promoted,
      row.paidFen,
      row.outstandingFen,
    ]);
    expect(roster).toEqual([
      ['学员甲', '在读', '第一组', '介绍人周', 3, 2, 1, '已进TA', 60_000, 40_000],
      ['学员乙', '在读', '', '', null, 1, 0.5, '已进TR2', 100_000, 0],
      ['学员丁', '在读', '', '', null, 0, 0, '未晋升', 0, 100_000],
      ['学员戊', '已下车', '', '', null, 0, 0, '未晋升', 0, 100_000],
      ['学员己', '已毕业', '', '', null, 0, 0, '未晋升', 0, 100_000],
      ['已删除', '在读', '', '', null, 0, 0, '未晋升', 0, 100_000],
      ['学员辛', '已退费', '', '', null, 0, 0, '未晋升', 100_000, 0],
    ]);
    expect(body.rows[0]).toMatchObject({ assistant: '助教李', coach: '主教练王' });
    expect(body.totals).toMatchObject({
      name: '合计 7 人',
      commitment: 3,
      attended: 3,
      paidFen: 260_000,
      outstandingFen: 440_000,
    });
    // Phones as the customer list shows them: masked, never whole.
    const text = JSON.stringify(body);
    for (const mobile of mobiles) expect(text).not.toContain(mobile);
    expect(String(body.rows[0].mobile)).toMatch(/\*{4}/);
  });

  it('lists the dropouts with dates and reasons, the re-join, the transfer in and the graduate', async () => {
    const body = (await report(manager).expect(200)).body;
    expect(section(body, '下车学员').rows).toEqual([
      { name: '学员丙', date: '2027-03-07', reason: '工作原因', notes: '出差一个月' },
      { name: '学员戊', date: '2027-03-06', reason: '工作原因', notes: '' },
    ]);
    const a = body.subtitle.replace(/^班级 /, '');
    const rejoins = section(body, '重新上车').rows;
    expect(rejoins).toHaveLength(1);
    expect(rejoins[0]).toMatchObject({ name: '学员丙', fromClass: a });
    expect(rejoins[0].toClass).not.toBe(a);
    const transfers = section(body, '转班').rows;
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ name: '学员丁', toClass: a });
    expect(section(body, '毕业学员').rows.map((row) => row.name)).toEqual(['学员己']);
    // Six entered (the refunded one did not stay): 甲 and 乙 went on to TR2, 甲 to TA.
    expect(section(body, '晋升情况（截至目前）').rows).toEqual([
      { students: 6, tr2: 2, tr2Rate: 2 / 6, ta: 1, taRate: 1 / 6, commitment: 3 },
    ]);
    expect(section(body, '分组').rows).toEqual([
      { group: '第一组', assistant: '助教李', students: 1, tr2: 1, ta: 1 },
      { group: '未分组', assistant: '', students: 5, tr2: 1, ta: 0 },
    ]);
    expect(section(body, '收费汇总').rows).toEqual([
      {
        students: 7,
        feeFen: 700_000,
        discountFen: 0,
        dueFen: 700_000,
        paidFen: 260_000,
        refundedFen: 100_000,
        outstandingFen: 440_000,
      },
    ]);
    expect(body.charts.map((chart: { title: string }) => chart.title)).toEqual([
      '学员状态',
      '各组人数与晋升',
      '各组已付与欠款（元）',
    ]);
  });

  it('gives a coordinator the students they enrolled and finance the money without phones', async () => {
    const theirView = (await report(theirs).expect(200)).body;
    expect(theirView.rows.map((row: Row) => row.name)).toEqual(['学员乙']);
    expect(section(theirView, '下车学员').rows).toEqual([]);
    expect(section(theirView, '收费汇总').rows[0]).toMatchObject({ students: 1, paidFen: 100_000 });

    const financeView = (await report(finance).expect(200)).body;
    expect(financeView.columns.map((column: { key: string }) => column.key)).not.toContain(
      'mobile',
    );
    expect(financeView.rows).toHaveLength(7);
    expect(financeView.totals).toMatchObject({ paidFen: 260_000 });
    const text = JSON.stringify(financeView);
    for (const mobile of mobiles) expect(text).not.toContain(mobile);
    expect(text).not.toMatch(/1\d\d\*{4}\d{4}/);
  });

  it('refuses a class that is not stage one, and a class that does not exist', async () => {
    const notTr1 = await report(manager, classB + 1000).expect(404);
    expect(notTr1.body.code).toBe('NOT_FOUND');
    const detail = await t.get(`/api/classes/${classB}`, manager.accessToken).expect(200);
    const seeded = await courseIdsByCode(t, manager.accessToken);
    expect(detail.body.course.id).toBe(seeded.TR1);
    const other = await t
      .get('/api/classes?pageSize=100', manager.accessToken)
      .expect(200)
      .then((answer) =>
        (answer.body.items as { id: number; course: { id: number } }[]).find(
          (row) => row.course.id === seeded.TR2,
        ),
      );
    const refused = await report(manager, other?.id).expect(400);
    expect(refused.body.code).toBe('REPORT_PARAMETER_INVALID');
    expect(refused.body.message).toContain('不是一阶段');
  });

  it('prints a multi-page PDF with a cover, the roster, the sections and charts; the Excel file agrees', async () => {
    const pdf = await download(manager, 'pdf').expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const parsed = await pdfParse(pdf.body as Buffer);
    expect(parsed.numpages).toBeGreaterThanOrEqual(4);
    for (const text of [
      '一阶段报告',
      '主教练王',
      '学员甲',
      '介绍人周',
      '下车学员',
      '工作原因',
      '重新上车',
      '毕业学员',
      '收费汇总',
      '4,400.00',
      '各组人数与晋升',
      '第 2 页，共',
    ])
      expect(parsed.text).toContain(text);
    // The charts are vector drawings: ECharts' SVG drawn with paths.
    expect((pdf.body as Buffer).toString('latin1')).toMatch(/\/Type \/Page[\s\S]*re\s*f/);

    const xlsx = await download(manager, 'xlsx').expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '一阶段报告',
      '概况',
      '分组',
      '下车学员',
      '重新上车',
      '转班',
      '毕业学员',
      '晋升情况（截至目前）',
      '收费汇总',
      '图表',
    ]);
    const roster = workbook.worksheets[0];
    expect(roster.getRow(3).getCell(1).value).toBe('姓名');
    expect(roster.getRow(4).getCell(1).value).toBe('学员甲');
    expect(roster.getRow(4).getCell(12).value).toBe(600);
    expect(roster.getRow(4).getCell(12).numFmt).toBe('#,##0.00');
    const money = workbook.getWorksheet('收费汇总');
    expect(money?.getRow(4).getCell(7).value).toBe(4_400);
    expect(workbook.getWorksheet('图表')?.getImages()).toHaveLength(3);
  });
});
