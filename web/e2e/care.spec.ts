import { expect, test } from './support/fixtures';
import {
  apiAs,
  businessDay,
  createCustomer,
  expectHeading,
  tick,
  openFromMenu,
} from './support/console-helpers';

test.describe('customer care', () => {
  test('the upcoming greetings are listed; opting a customer out cancels theirs', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    // a long story, with an accessibility scan at each step
    test.slow();
    const suffix = Math.floor(Math.random() * 1e6);
    const name = `寿星${suffix}`;
    const clerk = await admin.person('clerk', '行政小郑');
    const own = await apiAs(baseURL!, clerk);
    // born in a leap year, so that any month and day is a date
    const customer = await createCustomer(own, {
      name,
      birthday: `2000-${businessDay(2).slice(5)}`,
    });
    await own.dispose();
    await admin.call('POST', '/api/admin/jobs/care-messages/run');

    await signIn(clerk);
    await openFromMenu(page, '客户关怀');
    await expectHeading(page, '客户关怀');
    const upcoming = page.getByTestId('upcoming-table');
    // the list, from today on, a page at a time: this customer's birthday among them
    await page.getByLabel('开始日期').fill(businessDay(2));
    await page.getByLabel('开始日期').press('Enter');
    await page.getByLabel('结束日期').fill(businessDay(2));
    await page.getByLabel('结束日期').press('Enter');
    await page.getByRole('button', { name: '搜索' }).click();
    const row = upcoming.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('生日');
    await expect(row).toContainText('待发送');
    await expect(row).toContainText(businessDay(2));
    await checkScreen();

    // the customer's settings, picked by name
    const picker = page.getByRole('combobox', { name: '选择客户' });
    await picker.click();
    await picker.fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(page).toHaveURL(new RegExp(`customerId=${customer.id}`));
    const settings = page.getByTestId('care-settings');
    await expect(settings.getByRole('switch', { name: '不接收关怀短信' })).not.toBeChecked();
    await expect(upcoming.locator('.el-table__body tbody tr')).toHaveCount(1);
    await checkScreen();

    await settings.getByRole('switch', { name: '不接收关怀短信' }).locator('..').click();
    await settings.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('opted-out')).toHaveText('已退订关怀短信');
    await expect(upcoming.getByRole('row', { name: new RegExp(name) })).toContainText('已取消');
    const outbox = await admin.call<{ items: { customerId: number; status: string }[] }>(
      'GET',
      '/api/admin/sms-outbox?purpose=care&pageSize=200',
    );
    expect(outbox.items.filter((m) => m.customerId === customer.id)).toEqual([
      expect.objectContaining({ status: 'cancelled' }),
    ]);
  });

  test("the customer page's link opens that customer's care settings", async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const coordinator = await admin.person('coordinator', '顾问小冯');
    const own = await apiAs(baseURL!, coordinator);
    const customer = await createCustomer(own, {
      name: '纪念日王',
      care: { anniversaries: [{ name: '结婚纪念日', date: '10-01' }] },
    });

    await signIn(coordinator);
    await page.goto(`/care?customerId=${customer.id}`);
    await expectHeading(page, '客户关怀');
    const settings = page.getByTestId('care-settings');
    await expect(settings.getByLabel('纪念日名称 1')).toHaveValue('结婚纪念日');
    await expect(settings.getByLabel('日期（月-日） 1')).toHaveValue('10-01');

    // a holiday not to greet them for, and a second anniversary
    await tick(settings.getByRole('checkbox', { name: '母亲节' }));
    await expect(settings.getByRole('checkbox', { name: '母亲节' })).toBeChecked();
    await settings.getByRole('button', { name: '添加纪念日' }).click();
    await settings.getByLabel('纪念日名称 2').fill('入学纪念日');
    await settings.getByLabel('日期（月-日） 2').fill('13-40');
    await settings.getByRole('button', { name: '保存' }).click();
    // the server's words for the bad date, beside the anniversaries
    await expect(settings.getByRole('alert').first()).toBeVisible();
    await settings.getByLabel('日期（月-日） 2').fill('09-01');
    await settings.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await checkScreen();

    const saved = await own.call<{
      care: { excludedHolidays: string[]; anniversaries: { name: string; date: string }[] };
    }>('GET', `/api/customers/${customer.id}`);
    expect(saved.care.excludedHolidays).toEqual(['mothers_day']);
    expect(saved.care.anniversaries).toEqual([
      { name: '结婚纪念日', date: '10-01' },
      { name: '入学纪念日', date: '09-01' },
    ]);
    await own.dispose();
  });
});
