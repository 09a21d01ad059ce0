import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { businessTime, createCustomer, onPhone } from './support/console-helpers';
import { plan, typeId } from './support/follow-up';
import { choose } from './support/console-helpers';
import { openClass } from './support/money';

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

test('screenshot of the payment form', async ({ page, admin, baseURL, signIn }) => {
  test.slow();
  const where = process.env.SCREENSHOT_DIR;
  const shoot = async (name: string) => {
    // the picture shows the screen at rest: nothing still loading
    await expect(page.locator('.el-loading-mask').filter({ visible: true })).toHaveCount(0);
    const file = `console-${name}-${onPhone() ? 'phone' : 'desktop'}.png`;
    await page.screenshot({ path: where ? `${where}/${file}` : test.info().outputPath(file) });
  };
  const coordinator = await admin.person('coordinator', '王晓燕');
  const finance = await admin.person('finance', '财务李静');
  const coordinatorApi = await Api.as(baseURL!, coordinator.username, coordinator.password);
  const financeApi = await Api.as(baseURL!, finance.username, finance.password);
  // the two projects share one server: each has a course and a student of its own
  const { classId } = await openClass(
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
  await shoot('payment-form');
  await coordinatorApi.dispose();
  await financeApi.dispose();
});
