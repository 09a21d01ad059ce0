import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import {
  businessDay,
  businessTime,
  choose,
  createCustomer,
  onPhone,
} from './support/console-helpers';
import { createCoach, enrolStudents, openClass, priceStageOne } from './support/classes';
import { plan, typeId } from './support/follow-up';
import { openClass as openToolCourseClass } from './support/money';
import type { Page } from '@playwright/test';

/**
 * Saves the picture `console-<name>-<desktop|phone>.png`, into SCREENSHOT_DIR when set, once the
 * screen is at rest: nothing still loading.
 */
async function shoot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.el-loading-mask').filter({ visible: true })).toHaveCount(0);
  const file = `console-${name}-${onPhone() ? 'phone' : 'desktop'}.png`;
  const where = process.env.SCREENSHOT_DIR;
  await page.screenshot({ path: where ? `${where}/${file}` : test.info().outputPath(file) });
}

/**
 * The README's pictures of the console (`npm run screenshots` writes them to docs/): a
 * coordinator's morning with a few customers, at a desk and on a phone. Each picture is taken
 * only once the screen shows the data, so a broken screen fails here too.
 */
test('screenshots of the workbench, the customer list and the 360 page', async ({
  page,
  admin,
  baseURL,
  signIn,
}) => {
  test.slow();
  const coordinator = await admin.person('coordinator', '王晓燕');
  const api = await Api.as(baseURL!, coordinator.username, coordinator.password);
  const call = await typeId(api, 'follow_up');
  // the two projects share one server: each has customers of its own names
  const people = onPhone()
    ? [
        { name: '赵磊', company: '锦程物流' },
        { name: '孙丽', company: '嘉禾商贸' },
        { name: '周强', company: '周氏机械' },
        { name: '吴敏', company: '明德文化传播' },
      ]
    : [
        { name: '张晓明', company: '星海教育咨询' },
        { name: '李娜', company: '华东贸易有限公司' },
        { name: '陈建国', company: '陈氏实业' },
        { name: '刘芳', company: '启航培训中心' },
      ];
  const customers = [];
  for (const person of people) customers.push(await createCustomer(api, person));
  const contents = ['邀请参加周六的 TR1 体验课', '确认 TR2 报名意向', '回访上期课程感受'];
  for (const [i, content] of contents.entries()) {
    await plan(api, {
      customerId: customers[i].id,
      typeId: call,
      content,
      dueAt: businessTime(0, `23:${10 + i * 10}`),
    });
  }
  await api.call('POST', '/api/interactions', {
    customerId: customers[0].id,
    typeId: call,
    channel: 'phone',
    content: '电话沟通，客户对 TR1 课程很感兴趣，约定周六试听。',
    outcome: '约好周六来校试听',
  });

  await signIn(coordinator);
  await expect(page.getByText(contents[0])).toBeVisible();
  await shoot(page, 'workbench');

  await page.goto('/customers');
  await expect(page.getByText(people[0].name).first()).toBeVisible();
  await shoot(page, 'customers');

  await page.goto(`/customers/${customers[0].id}`);
  await expect(page.getByTestId('customer-name')).toHaveText(people[0].name);
  await shoot(page, 'customer-360');
});

test('screenshots of a report with its charts and of the managers dashboard', async ({
  page,
  admin,
  baseURL,
  signIn,
}) => {
  test.slow();
  const manager = await admin.person('manager', '周经理');
  const api = await Api.as(baseURL!, manager.username, manager.password);
  const codes = async (type: string) =>
    (await api.call<{ code: string }[]>('GET', `/api/dictionary/${type}`)).map(
      (entry) => entry.code,
    );
  const [education, industry, status] = await Promise.all([
    codes('education'),
    codes('industry'),
    codes('customer_status'),
  ]);
  // a class of students of this month: ages, regions, schooling and trades of their own
  const provinces = ['44', '31', '11', '33', '44', '32', '44', '31'];
  const students = onPhone()
    ? ['钱伟', '冯敏', '蒋涛', '韩雪', '杨帆', '秦岚', '许诺', '何平']
    : ['郑浩', '王芳', '谢军', '唐丽', '罗斌', '梁静', '宋扬', '邓超'];
  const ids: number[] = [];
  for (const [i, name] of students.entries()) {
    const created = await createCustomer(api, {
      name,
      category: 'student',
      gender: i % 3 === 0 ? 'female' : 'male',
      birthday: `${1975 + i * 4}-0${(i % 9) + 1}-15`,
      provinceCode: provinces[i],
      education: education[i % Math.min(education.length, 4)],
      industry: industry[i % Math.min(industry.length, 5)],
      statusTag: status[i % Math.min(status.length, 4)],
    });
    ids.push(created.id);
  }
  const formed = await openClass(api, 0, 0, {
    startDate: '2026-12-01',
    endDate: '2026-12-03',
    capacity: 30,
  });
  for (const id of ids.slice(0, 5))
    await api.call('POST', `/api/classes/${formed.id}/enrolments`, { customerId: id });
  await api.dispose();

  // a manager starts on the dashboard
  await signIn(manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('report-chart').locator('svg')).toHaveCount(2);
  await shoot(page, 'dashboard');

  const today = businessDay();
  await page.goto(`/reports/customer-elements?from=${today}&to=${today}&category=student`);
  await expect(page.getByTestId('report-table')).toContainText('广东省');
  await expect(page.getByTestId('report-chart').first().locator('svg')).toBeVisible();
  await shoot(page, 'report');
});

test('screenshot of the class page', async ({ page, admin, baseURL, signIn }) => {
  test.slow();
  await priceStageOne(admin);
  const manager = await admin.person('manager', '周建华');
  const api = await Api.as(baseURL!, manager.username, manager.password);
  // the two projects share one server: each has its own class, coaches and students
  const [term, headName, assistants, students] = onPhone()
    ? [37, '郑国栋', ['许晴', '邓超'], ['韩梅', '冯涛', '曹雪', '彭宇', '蒋丽']]
    : [36, '陈志远', ['林晓', '何静'], ['王芳', '李强', '张伟', '刘洋', '杨帆']];
  const head = await createCoach(api, headName, ['coach']);
  const helpers = [];
  for (const name of assistants) helpers.push(await createCoach(api, name, ['assistant']));
  const trainingClass = await openClass(api, 0, 2, {
    term,
    venue: '上海静安区南京西路培训中心',
    capacity: 40,
    notes: '开课前一天 19:00 助教会议',
  });
  const staffed = await api.call<{ version: number; staff: { coach: { id: number } }[] }>(
    'PUT',
    `/api/classes/${trainingClass.id}/staff`,
    {
      version: trainingClass.version,
      headCoachId: head.id,
      members: helpers.map((coach) => ({ coachId: coach.id, role: 'assistant' })),
    },
  );
  await api.call('PUT', `/api/classes/${trainingClass.id}/groups`, {
    version: staffed.version,
    groups: helpers.map((coach, i) => ({ name: `第${'一二'[i]}组`, assistantId: coach.id })),
  });
  const enrolled = await enrolStudents(api, trainingClass.id, students);
  await api.call('PUT', `/api/classes/${trainingClass.id}/attendance`, {
    day: businessDay(0),
    marks: enrolled.map((one, i) => ({
      enrolmentId: one.id,
      status: i === 3 ? 'late' : i === 4 ? 'absent' : 'present',
    })),
  });
  await api.call('POST', `/api/enrolments/${enrolled[4].id}/dropout`, {
    date: businessDay(0),
    reasonCode: 'work',
    notes: '临时出差',
  });

  await signIn(manager);
  await page.goto(`/classes/${trainingClass.id}`);
  await expect(page.getByTestId('head-coach')).toContainText(headName);
  await expect(page.getByTestId('class-roster')).toContainText(students[4]);
  await expect(page.getByTestId('class-roster')).toContainText('已下车');
  await shoot(page, 'class-page');
});

test('screenshot of the payment form', async ({ page, admin, baseURL, signIn }) => {
  test.slow();
  const coordinator = await admin.person('coordinator', '王晓燕');
  const finance = await admin.person('finance', '财务李静');
  const coordinatorApi = await Api.as(baseURL!, coordinator.username, coordinator.password);
  const financeApi = await Api.as(baseURL!, finance.username, finance.password);
  // the two projects share one server: each has a course and a student of its own
  const { classId } = await openToolCourseClass(
    admin,
    coordinatorApi,
    onPhone() ? '领导力提升课程' : '高效沟通工作坊',
    398_000,
  );
  const student = await createCustomer(coordinatorApi, {
    name: onPhone() ? '林美玲' : '王建华',
    company: onPhone() ? '美玲服饰' : '建华建材',
  });
  const enrolled = await coordinatorApi.call<{ receivableId: number }>(
    'POST',
    `/api/classes/${classId}/enrolments`,
    { customerId: student.id, discountFen: 30_000, discountReason: '老学员介绍，优惠三百元' },
  );
  await signIn(finance);
  await page.goto(`/receivables/${enrolled.receivableId}`);
  await expect(page.getByRole('heading', { level: 1, name: student.name })).toBeVisible();
  await page.getByRole('button', { name: '登记收款' }).click();
  const form = page.getByRole('dialog', { name: '登记收款' });
  await form.getByLabel('收款金额（元）').fill('1000.00');
  await choose(page, '收款方式', '微信支付');
  await form.getByLabel('备注').fill('第二期学费');
  await shoot(page, 'payment-form');
  await coordinatorApi.dispose();
  await financeApi.dispose();
});
