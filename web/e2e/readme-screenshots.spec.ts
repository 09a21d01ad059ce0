import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { businessDay, businessTime, createCustomer, onPhone } from './support/console-helpers';
import { plan, typeId } from './support/follow-up';

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
  const where = process.env.SCREENSHOT_DIR;
  const shoot = async (name: string) => {
    // the picture shows the screen at rest: nothing still loading
    await expect(page.locator('.el-loading-mask').filter({ visible: true })).toHaveCount(0);
    const file = `console-${name}-${onPhone() ? 'phone' : 'desktop'}.png`;
    await page.screenshot({ path: where ? `${where}/${file}` : test.info().outputPath(file) });
  };
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
  await shoot('workbench');

  await page.goto('/customers');
  await expect(page.getByText(people[0].name).first()).toBeVisible();
  await shoot('customers');

  await page.goto(`/customers/${customers[0].id}`);
  await expect(page.getByTestId('customer-name')).toHaveText(people[0].name);
  await shoot('customer-360');
});

test('screenshots of a report with its charts and of the managers dashboard', async ({
  page,
  admin,
  baseURL,
  signIn,
}) => {
  test.slow();
  const where = process.env.SCREENSHOT_DIR;
  const shoot = async (name: string) => {
    // the picture shows the screen at rest: nothing still loading, the charts drawn
    await expect(page.locator('.el-loading-mask').filter({ visible: true })).toHaveCount(0);
    const file = `console-${name}-${onPhone() ? 'phone' : 'desktop'}.png`;
    await page.screenshot({ path: where ? `${where}/${file}` : test.info().outputPath(file) });
  };
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
  const courses = await api.call<{ id: number; code: string }[]>('GET', '/api/courses');
  const formed = await api.call<{ id: number; version: number }>('POST', '/api/classes', {
    courseId: courses.find((course) => course.code === 'TR1')!.id,
    term: 1000 + Math.floor(Math.random() * 9000),
    startDate: '2026-12-01',
    endDate: '2026-12-03',
    capacity: 30,
  });
  await api.call('PUT', `/api/classes/${formed.id}/status`, {
    status: 'enrolling',
    version: formed.version,
  });
  for (const id of ids.slice(0, 5))
    await api.call('POST', `/api/classes/${formed.id}/enrolments`, { customerId: id });
  await api.dispose();

  // a manager starts on the dashboard
  await signIn(manager);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('report-chart').locator('svg')).toHaveCount(2);
  await shoot('dashboard');

  const today = businessDay();
  await page.goto(`/reports/customer-elements?from=${today}&to=${today}&category=student`);
  await expect(page.getByTestId('report-table')).toContainText('广东省');
  await expect(page.getByTestId('report-chart').first().locator('svg')).toBeVisible();
  await shoot('report');
});
