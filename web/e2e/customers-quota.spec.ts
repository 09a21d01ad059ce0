import { expect, test } from './support/fixtures';
import { apiAs, createCustomer, tag } from './support/console-helpers';
import { customerRow } from './support/customers';

test('a coordinator past the daily view quota is frozen and sent to sign-in with the reason', async ({
  page,
  admin,
  baseURL,
  signIn,
  expectAccessible,
  expectAllChinese,
}) => {
  const coordinator = await admin.person('coordinator', `顾问${tag()}`);
  const api = await apiAs(baseURL!, coordinator);
  const customer = await createCustomer(api, { name: `配额${tag()}` });
  await api.dispose();
  // three reads a day: the list, one customer, the list again; the fourth is refused
  const account = await admin.call<{ version: number }>(
    'GET',
    `/api/admin/users/${coordinator.id}`,
  );
  await admin.call('PATCH', `/api/admin/users/${coordinator.id}`, {
    dailyViewQuota: 3,
    version: account.version,
  });

  await signIn(coordinator);
  await page.goto('/customers');
  await customerRow(page, customer.code).getByTestId('customer-link').click();
  await expect(page.getByTestId('customer-name')).toHaveText(customer.name);
  await page.goBack();
  await customerRow(page, customer.code).getByTestId('customer-link').click();

  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(
    page.getByText(/登录已结束：您今天已查看了 3 条客户记录，达到上限，账户已被冻结/),
  ).toBeVisible();
  await expectAccessible();
  await expectAllChinese();

  // frozen: signing in again is refused, in Chinese
  await page.getByLabel('用户名').fill(coordinator.username);
  await page.getByLabel('密码', { exact: true }).fill(coordinator.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('sign-in-error')).toContainText('冻结');
});
