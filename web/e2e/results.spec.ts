import { expect, test } from './support/fixtures';
import { apiAs, createCustomer, expectHeading, openFromMenu } from './support/console-helpers';

test.describe('work results', () => {
  test("a manager opens a coordinator's work results for the period", async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    // a long story, with an accessibility scan at each step
    test.slow();
    // the coordinator's work of today: two calls written down, one plan done
    const suffix = Math.floor(Math.random() * 1e6);
    const coordinator = await admin.person('coordinator', `顾问${suffix}`);
    const own = await apiAs(baseURL!, coordinator);
    const customer = await createCustomer(own, { name: '学员钱' });
    const types = await own.call<{ id: number; code: string }[]>('GET', '/api/interaction-types');
    const followUp = types[0];
    for (const content of ['电话沟通下期课程', '微信发送课程表'])
      await own.call('POST', '/api/interactions', {
        customerId: customer.id,
        typeId: followUp.id,
        channel: 'phone',
        content,
        outcome: '有兴趣',
      });
    const planned = await own.call<{ plan: { id: number; version: number } }>(
      'POST',
      '/api/plans',
      {
        customerId: customer.id,
        typeId: followUp.id,
        content: '回访试听感受',
        dueAt: new Date(Date.now() + 3600_000).toISOString(),
      },
    );
    await own.call('POST', `/api/plans/${planned.plan.id}/complete`, {
      version: planned.plan.version,
      channel: 'phone',
      content: '回访完成，客户满意',
      outcome: '约好下周报名',
    });
    await own.dispose();

    const manager = await admin.person('manager', '经理老吴');
    await signIn(manager);
    await openFromMenu(page, '工作成果');
    await expectHeading(page, '工作成果');
    // one's own first: the manager has done nothing yet
    await expect(page.getByTestId('work-user')).toHaveText('经理老吴');
    await expect(page.getByTestId('total-records')).toHaveText('0 条');

    const staff = page.getByRole('combobox', { name: '员工' });
    await staff.click();
    await staff.fill(`顾问${suffix}`);
    await page.getByRole('option', { name: new RegExp(`顾问${suffix}`) }).click();
    await page.getByRole('button', { name: '查询' }).click();

    await expect(page.getByTestId('work-user')).toHaveText(`顾问${suffix}`);
    await expect(page.getByTestId('total-records')).toHaveText('3 条');
    await expect(page.getByTestId('total-plans')).toHaveText('1 项');
    const records = page.getByTestId('records-table');
    await expect(records).toContainText('电话沟通下期课程');
    await expect(records).toContainText('回访完成，客户满意');
    await expect(records).toContainText('学员钱');
    await expect(page).toHaveURL(new RegExp(`userId=${coordinator.id}`));
    await checkScreen();

    // a period before the work: nothing
    await page.getByLabel('开始日期').fill('2020-01-01');
    await page.getByLabel('开始日期').press('Enter');
    await page.getByLabel('结束日期').fill('2020-01-31');
    await page.getByLabel('结束日期').press('Enter');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByTestId('total-records')).toHaveText('0 条');
    await expect(page.getByTestId('work-totals')).toContainText('2020-01-01 至 2020-01-31');

    // the address keeps the choice: a reload shows the same
    await page.reload();
    await expect(page.getByTestId('work-user')).toHaveText(`顾问${suffix}`);
    await expect(page.getByTestId('total-records')).toHaveText('0 条');
  });

  test('a coordinator sees their own results, with no one else to pick', async ({
    page,
    admin,
    signIn,
    expectAccessible,
  }) => {
    const coordinator = await admin.person('coordinator', '顾问小李');
    await signIn(coordinator);
    await page.goto('/results');
    await expect(page.getByTestId('work-user')).toHaveText('顾问小李');
    await expect(page.getByRole('combobox', { name: '员工' })).toHaveCount(0);
    await expectAccessible();
  });
});
