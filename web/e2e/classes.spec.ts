import { expect, test } from './support/fixtures';
import {
  apiAs,
  businessDay,
  choose,
  expectHeading,
  menuNames,
  onPhone,
  openFromMenu,
  tag,
} from './support/console-helpers';
import {
  createCoach,
  enrolStudents,
  freshTerm,
  openClass,
  priceStageOne,
  stageOne,
} from './support/classes';

test.describe('classes', () => {
  test('a coordinator takes the attendance of a class day and records a dropout with its reason', async ({
    page,
    admin,
    baseURL,
    signIn,
    expectAccessible,
    expectAllChinese,
    expectNoSideways,
    checkScreen,
  }) => {
    test.slow();
    const suffix = tag();
    const coordinator = await admin.person('coordinator', `统筹小林${suffix}`);
    const own = await apiAs(baseURL!, coordinator);
    const course = await stageOne(own);
    const trainingClass = await openClass(own, 0, 2, { venue: '上海浦东培训中心' });
    const [stays, leaves] = await enrolStudents(own, trainingClass.id, [
      `学员甲${suffix}`,
      `学员乙${suffix}`,
    ]);
    const title = `${course.name}第 ${trainingClass.term} 期`;

    await signIn(coordinator);
    await openFromMenu(page, '班级');
    await expectHeading(page, '班级');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await checkScreen();

    // the month's calendar shows it on its class days
    await page.getByText('课程日历').click();
    await expect(page).toHaveURL(/view=calendar/);
    const calendar = page.getByTestId('class-calendar');
    await expect(
      calendar.locator(`[data-day="${businessDay(0)}"]`).getByRole('link', { name: title }),
    ).toBeVisible();
    await checkScreen();
    await page.getByText('班级列表').click();

    // the class page, then today's attendance from it
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByTestId('class-name')).toHaveText(title);
    await page.getByRole('link', { name: '考勤', exact: true }).click();
    await expectHeading(page, new RegExp(`考勤 · ${title}`));
    await expect(page.getByRole('combobox', { name: '上课日' })).toBeVisible();
    await expect(page.getByTestId('attendance-summary')).toContainText('未记录 2');
    const grid = page.getByTestId('attendance-grid');
    await grid
      .getByRole('radiogroup', { name: `${stays.name}的考勤` })
      .getByText('出勤')
      .click();
    await grid
      .getByRole('radiogroup', { name: `${leaves.name}的考勤` })
      .getByText('缺勤')
      .click();
    await expect(page.getByTestId('attendance-summary')).toContainText('出勤 1');
    await expectAccessible();
    await expectAllChinese();
    if (onPhone()) {
      await expectNoSideways();
      // big targets for a thumb
      const toggle = await grid.locator('.el-radio-button__inner').first().boundingBox();
      expect(toggle!.height).toBeGreaterThanOrEqual(40);
    }
    await page.getByRole('button', { name: '保存考勤' }).click();
    await expect(page.getByText('考勤已保存')).toBeVisible();
    const marks = await own.call<{ enrolmentId: number; status: string }[]>(
      'GET',
      `/api/classes/${trainingClass.id}/attendance?day=${businessDay(0)}`,
    );
    expect(marks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ enrolmentId: stays.id, status: 'present' }),
        expect.objectContaining({ enrolmentId: leaves.id, status: 'absent' }),
      ]),
    );

    // back on the class page: the roster counts the day; the absent one drops out
    await page.getByRole('link', { name: '返回班级' }).click();
    const roster = page.getByTestId('class-roster');
    const leaving = roster.getByRole('row', { name: new RegExp(leaves.name) });
    await expect(roster.getByRole('row', { name: new RegExp(stays.name) })).toContainText(
      '1 / 1 天',
    );
    await expect(leaving).toContainText('在读');
    await checkScreen();

    await leaving.getByRole('button', { name: '下车' }).click();
    const dialog = page.getByRole('dialog', { name: `${leaves.name}下车` });
    await choose(page, '下车原因', '工作原因');
    await dialog.getByLabel('说明').fill('公司派驻外地三个月，下期再来');
    await expectAccessible();
    await expectAllChinese();
    await dialog.getByRole('button', { name: '下车', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(leaving).toContainText('已下车');
    await expect(leaving.getByRole('button', { name: '重新上车' })).toBeVisible();
    if (onPhone()) await expectNoSideways();
    const after = await own.call<{ id: number; status: string }[]>(
      'GET',
      `/api/classes/${trainingClass.id}/enrolments`,
    );
    expect(after.find((one) => one.id === leaves.id)?.status).toBe('dropped');
    expect(after.find((one) => one.id === stays.id)?.status).toBe('enrolled');
    const record = await own.call<{ history: { kind: string; reasonCode: string | null }[] }>(
      'GET',
      `/api/enrolments/${leaves.id}`,
    );
    expect(record.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ reasonCode: 'work' })]),
    );

    // and comes back to the same class
    await leaving.getByRole('button', { name: '重新上车' }).click();
    const back = page.getByRole('dialog', { name: `${leaves.name}重新上车` });
    await expect(back.getByRole('combobox', { name: '班级' })).toBeVisible();
    await back.getByRole('button', { name: '重新上车', exact: true }).click();
    await expect(back).toBeHidden();
    await expect(leaving).toContainText('在读');
    await own.dispose();
  });

  test('a manager assigns a coach whose time clashes: the clash is named, and forced with a reason', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    test.slow();
    const suffix = tag();
    const manager = await admin.person('manager', `经理老周${suffix}`);
    const own = await apiAs(baseURL!, manager);
    const course = await stageOne(own);
    const coach = await createCoach(own, `陈教练${suffix}`);
    const elsewhere = await openClass(own, 20, 22);
    await own.call('PUT', `/api/classes/${elsewhere.id}/staff`, {
      version: elsewhere.version,
      headCoachId: coach.id,
      members: [],
    });
    const trainingClass = await openClass(own, 21, 23, { venue: '杭州西湖会议中心' });

    await signIn(manager);
    await page.goto(`/classes/${trainingClass.id}`);
    await expect(page.getByTestId('class-name')).toHaveText(
      `${course.name}第 ${trainingClass.term} 期`,
    );
    await expect(page.getByTestId('head-coach')).toHaveText('未安排主教练');
    await checkScreen();

    await page.getByRole('button', { name: '安排人员' }).click();
    const dialog = page.getByRole('dialog', { name: '安排人员' });
    // the picker says who is busy, and with what
    await choose(page, '主教练', new RegExp(`${coach.name} · 时间冲突`));
    await dialog.getByRole('button', { name: '保存' }).click();
    const clash = dialog.getByTestId('staff-clash');
    await expect(clash).toContainText(coach.name);
    await expect(clash).toContainText(`第 ${elsewhere.term} 期`);
    await checkScreen();

    await dialog.getByLabel('强制安排理由').fill('陈教练两边都带过，已和另一班协调好时间');
    await dialog.getByRole('button', { name: '强制安排' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('head-coach')).toContainText(coach.name);
    await expect(page.getByTestId('head-coach')).toContainText('强制安排：陈教练两边都带过');
    const saved = await own.call<{
      headCoach: { id: number } | null;
      staff: { role: string; forcedReason: string | null }[];
    }>('GET', `/api/classes/${trainingClass.id}`);
    expect(saved.headCoach?.id).toBe(coach.id);
    expect(saved.staff[0]).toMatchObject({
      role: 'head_coach',
      forcedReason: '陈教练两边都带过，已和另一班协调好时间',
    });
    await own.dispose();
  });

  test('what a clerk, a coordinator and a manager are offered on a class', async ({
    page,
    admin,
    baseURL,
    signIn,
    expectAccessible,
    expectAllChinese,
    checkScreen,
  }) => {
    test.slow();
    const suffix = tag();
    const manager = await admin.person('manager', `经理${suffix}`);
    const coordinator = await admin.person('coordinator', `统筹${suffix}`);
    const clerk = await admin.person('clerk', `行政${suffix}`);
    await priceStageOne(admin);
    const own = await apiAs(baseURL!, manager);
    const coach = await createCoach(own, `王教练${suffix}`);
    const elsewhere = await openClass(own, 40, 41);
    await own.call('PUT', `/api/classes/${elsewhere.id}/staff`, {
      version: elsewhere.version,
      headCoachId: coach.id,
      members: [],
    });
    const trainingClass = await openClass(own, 40, 42);
    await own.dispose();
    // the coordinator's own student: they see its money
    const theirs = await apiAs(baseURL!, coordinator);
    const [student] = await enrolStudents(theirs, trainingClass.id, [`学员丙${suffix}`]);
    await theirs.dispose();

    // a clerk reads the class and its roster, and changes nothing
    await signIn(clerk);
    await page.goto(`/classes/${trainingClass.id}`);
    await expect(page.getByTestId('class-roster')).toContainText(student.name);
    await expect(page.getByRole('button', { name: '安排人员' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '设置分组' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '下车' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '开课' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: '报名' })).toHaveCount(0);
    await expect(page.getByTestId('class-roster')).not.toContainText('收款');
    await checkScreen();
    expect(await menuNames(page)).not.toContain('课程管理');
    await page.getByTestId('sign-out').click();

    // a coordinator forms the class and its roster, but may not force a clash
    await signIn(coordinator);
    await page.goto(`/classes/${trainingClass.id}`);
    const roster = page.getByTestId('class-roster');
    const row = roster.getByRole('row', { name: new RegExp(student.name) });
    await expect(row).toContainText('¥19,800.00');
    await expect(row).toContainText('未收款');
    await expect(page.getByRole('link', { name: '报名' })).toHaveAttribute(
      'href',
      `/enrolments/new?classId=${trainingClass.id}`,
    );
    await expect(page.getByRole('link', { name: '未收款' })).toHaveAttribute(
      'href',
      /\/receivables\/\d+$/,
    );
    for (const name of ['开课', '暂停招生', '取消班级', '安排人员', '设置分组'])
      await expect(page.getByRole('button', { name })).toBeVisible();
    for (const name of ['下车', '换班', '毕业'])
      await expect(roster.getByRole('button', { name })).toBeVisible();
    await page.getByRole('button', { name: '安排人员' }).click();
    const dialog = page.getByRole('dialog', { name: '安排人员' });
    await choose(page, '主教练', new RegExp(`${coach.name} · 时间冲突`));
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByTestId('staff-clash')).toContainText(coach.name);
    await expect(dialog.getByTestId('staff-clash')).toContainText('请管理人员处理');
    await expect(dialog.getByLabel('强制安排理由')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: '强制安排' })).toHaveCount(0);
    await checkScreen();
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('sign-out').click();

    // a manager is offered to force it
    await signIn(manager);
    await page.goto(`/classes/${trainingClass.id}`);
    await page.getByRole('button', { name: '安排人员' }).click();
    await choose(page, '主教练', new RegExp(`${coach.name} · 时间冲突`));
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByLabel('强制安排理由')).toBeVisible();
    await expect(dialog.getByRole('button', { name: '强制安排' })).toBeDisabled();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();

    // the class's status moves only along its allowed steps
    await page.getByRole('button', { name: '开课' }).click();
    await expect(page.getByTestId('class-status')).toHaveText('进行中');
    await expect(page.getByRole('button', { name: '开始招生' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '结课' })).toBeVisible();
    await page.getByRole('button', { name: '取消班级' }).click();
    const confirm = page.getByRole('dialog', { name: '取消班级' });
    await expect(confirm).toContainText('不能再恢复');
    // the box fades in: check it once it is shown in full
    await page.evaluate(() =>
      Promise.all(document.getAnimations().map((one) => one.finished.catch(() => undefined))),
    );
    await expectAccessible();
    await expectAllChinese();
    await confirm.getByRole('button', { name: '取消班级' }).click();
    await expect(page.getByTestId('class-status')).toHaveText('已取消');
    await expect(page.getByRole('button', { name: '安排人员' })).toHaveCount(0);
    const cancelled = await admin.call<{ status: string }>(
      'GET',
      `/api/classes/${trainingClass.id}`,
    );
    expect(cancelled.status).toBe('cancelled');
  });

  test("a coordinator sees who is free and keeps a coach's unavailable periods; an admin keeps the courses", async ({
    page,
    admin,
    baseURL,
    signIn,
    expectAccessible,
    expectAllChinese,
    expectNoSideways,
    checkScreen,
  }) => {
    test.slow();
    const suffix = tag();
    const coordinator = await admin.person('coordinator', `统筹小吴${suffix}`);
    const own = await apiAs(baseURL!, coordinator);
    const busy = await createCoach(own, `忙教练${suffix}`, ['coach']);
    const free = await createCoach(own, `闲教练${suffix}`, ['coach']);
    const taken = await openClass(own, 60, 62);
    await own.call('PUT', `/api/classes/${taken.id}/staff`, {
      version: taken.version,
      headCoachId: busy.id,
      members: [],
    });

    await signIn(coordinator);
    await openFromMenu(page, '助教/教练');
    await expectHeading(page, '助教/教练');
    await choose(page, '类别', '教练');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/kind=coach/);
    await expect(page.getByTestId('coaches-table')).toContainText(free.name);
    await checkScreen();

    // who is free over the other class's days
    const availability = page.getByTestId('coach-availability');
    for (const [label, day] of [
      ['开始日期', businessDay(60)],
      ['结束日期', businessDay(62)],
    ]) {
      await availability.getByLabel(label).fill(day);
      await availability.getByLabel(label).press('Enter');
    }
    await availability.getByRole('button', { name: '查看空闲' }).click();
    await expect(availability.getByTestId('free-coaches')).toContainText(free.name);
    await expect(availability.getByTestId('busy-coaches')).toContainText(
      `${busy.name}：一阶段 TR1第 ${taken.term} 期`,
    );
    await expectAccessible();
    await expectAllChinese();

    // the free one declares a week away, then takes it back
    await page
      .getByTestId('coaches-table')
      .getByRole('row', { name: new RegExp(free.name) })
      .getByRole('button', { name: '不可安排时段' })
      .click();
    const dialog = page.getByRole('dialog', { name: `${free.name}的不可安排时段` });
    await expect(dialog).toContainText('没有登记不可安排时段');
    for (const [label, day] of [
      ['开始日期', businessDay(70)],
      ['结束日期', businessDay(76)],
    ]) {
      await dialog.getByLabel(label).fill(day);
      await dialog.getByLabel(label).press('Enter');
    }
    await dialog.getByLabel('原因').fill('出国培训');
    await dialog.getByRole('button', { name: '登记时段' }).click();
    await expect(dialog).toContainText(`${businessDay(70)} – ${businessDay(76)}（出国培训）`);
    await checkScreen();
    const periods = await own.call<{ fromDate: string }[]>(
      'GET',
      `/api/coaches/${free.id}/unavailability`,
    );
    expect(periods.map((one) => one.fromDate)).toEqual([businessDay(70)]);
    await dialog
      .getByRole('button', { name: `删除 ${businessDay(70)} 至 ${businessDay(76)}` })
      .click();
    await expect(dialog).toContainText('没有登记不可安排时段');
    await own.dispose();
    await page.keyboard.press('Escape');
    expect(await menuNames(page)).not.toContain('课程管理');
    await page.getByTestId('sign-out').click();

    // the admin keeps the courses: a new tool course with its fee
    const keeper = await admin.person('admin', `管理员${suffix}`);
    await signIn(keeper);
    await openFromMenu(page, '课程管理');
    await expectHeading(page, '课程管理');
    await expect(page.getByTestId('courses-table')).toContainText('一阶段 TR1');
    await page.getByRole('button', { name: '新增课程' }).click();
    const form = page.getByRole('dialog', { name: '新增工具课程' });
    const code = `T${Date.now().toString(36).slice(-6).toUpperCase()}`;
    await form.getByLabel('代码').fill(code);
    await form.getByLabel('名称').fill(`九型人格进阶${suffix}`);
    await form.getByLabel('默认学费（元）').fill('6800');
    await expectAccessible();
    await expectAllChinese();
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toBeHidden();
    await expect(
      page.getByTestId('courses-table').getByRole('row', { name: new RegExp(code) }),
    ).toContainText('¥6,800.00');
    if (onPhone()) await expectNoSideways();
  });

  test('a coordinator moves a student to another class of the course and graduates another', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const suffix = tag();
    const coordinator = await admin.person('coordinator', `统筹小何${suffix}`);
    const own = await apiAs(baseURL!, coordinator);
    const course = await stageOne(own);
    const trainingClass = await openClass(own, 80, 82);
    const later = await openClass(own, 90, 92);
    const [moving, graduating] = await enrolStudents(own, trainingClass.id, [
      `学员丁${suffix}`,
      `学员戊${suffix}`,
    ]);

    await signIn(coordinator);
    await page.goto(`/classes/${trainingClass.id}`);
    const roster = page.getByTestId('class-roster');
    await roster
      .getByRole('row', { name: new RegExp(moving.name) })
      .getByRole('button', { name: '换班' })
      .click();
    const dialog = page.getByRole('dialog', { name: `${moving.name}换班` });
    await choose(page, '班级', new RegExp(`第 ${later.term} 期`));
    await checkScreen();
    await dialog.getByRole('button', { name: '换班', exact: true }).click();
    await expect(dialog).toBeHidden();
    const moved = await own.call<{ classId: number }>('GET', `/api/enrolments/${moving.id}`);
    expect(moved.classId).toBe(later.id);
    await expect(roster.getByRole('row', { name: new RegExp(moving.name) })).toHaveCount(0);

    await roster
      .getByRole('row', { name: new RegExp(graduating.name) })
      .getByRole('button', { name: '毕业' })
      .click();
    const graduation = page.getByRole('dialog', { name: `${graduating.name}毕业` });
    await expect(graduation).toContainText('毕业后可以报名主线的下一阶段');
    await graduation.getByRole('button', { name: '毕业', exact: true }).click();
    await expect(graduation).toBeHidden();
    await expect(roster.getByRole('row', { name: new RegExp(graduating.name) })).toContainText(
      '已毕业',
    );
    const graduated = await own.call<{ status: string }>('GET', `/api/enrolments/${graduating.id}`);
    expect(graduated.status).toBe('graduated');

    // the later class's roster has the one who moved
    await page.goto(`/classes/${later.id}`);
    await expect(page.getByTestId('class-name')).toHaveText(`${course.name}第 ${later.term} 期`);
    await expect(page.getByTestId('class-roster')).toContainText(moving.name);
    await own.dispose();
  });

  test('a coordinator forms a class and changes its venue', async ({
    page,
    admin,
    signIn,
    expectNoSideways,
    checkScreen,
  }) => {
    const coordinator = await admin.person('coordinator', `统筹小郭${tag()}`);
    const term = freshTerm();
    await signIn(coordinator);
    await page.goto('/classes');
    await page.getByRole('button', { name: '新建班级' }).click();
    const dialog = page.getByRole('dialog', { name: '组建新班级' });
    // the list's filter is also named 课程: pick the dialog's own
    await dialog
      .locator('.el-select__wrapper')
      .filter({ has: page.getByRole('combobox', { name: '课程' }) })
      .click();
    await page.getByRole('option', { name: '一阶段 TR1', exact: true }).click();
    await dialog.getByLabel('期数').fill(String(term));
    for (const [label, day] of [
      ['开始日期', businessDay(100)],
      ['结束日期', businessDay(102)],
    ]) {
      await dialog.getByLabel(label).fill(day);
      await dialog.getByLabel(label).press('Enter');
    }
    await dialog.getByLabel('会场').fill('深圳南山科技园会议中心');
    await dialog.getByLabel('人数上限').fill('36');
    await checkScreen();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('class-name')).toHaveText(`一阶段 TR1第 ${term} 期`);
    await expect(page.getByTestId('class-status')).toHaveText('筹备中');
    await expect(page.getByTestId('class-facts')).toContainText('深圳南山科技园会议中心');
    await expect(page.getByTestId('class-facts')).toContainText('0 / 36');

    await page.getByRole('button', { name: '修改信息' }).click();
    const edit = page.getByRole('dialog', { name: '修改班级信息' });
    await edit.getByLabel('会场').fill('深圳福田会展中心');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByTestId('class-facts')).toContainText('深圳福田会展中心');
    await page.getByRole('button', { name: '开始招生' }).click();
    await expect(page.getByTestId('class-status')).toHaveText('招生中');
    await expect(page.getByRole('link', { name: '报名' })).toBeVisible();
    if (onPhone()) await expectNoSideways();
  });
});
