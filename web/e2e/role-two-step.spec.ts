import { expect, test } from './support/fixtures';
import { expectHeading, openFromMenu } from './support/console-helpers';

// Requiring two-step sign-in of a role changes every sign-in of that role: this story runs
// in projects of its own, after all the others (playwright.config.ts), so that no story
// signing finance in meets the requirement while it is on.
test.describe('admin: two-step sign-in of a role', () => {
  test('the admin requires two-step sign-in of a role and lifts it again', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    const boss = await admin.person('admin', '系统管理员丙');
    await signIn(boss);
    await openFromMenu(page, '角色设置', '系统管理');
    await expectHeading(page, '角色设置');
    const finance = page.getByTestId('role-finance');
    await expect(finance).toContainText('财务');
    await checkScreen();

    const toggle = page.getByRole('switch', { name: '要求两步验证：财务' });
    await expect(toggle).not.toBeChecked();
    await toggle.locator('..').click();
    await expect(page.getByText('已更新：财务')).toBeVisible();
    const roles = await admin.call<{ role: string; requireTwoFactor: boolean }[]>(
      'GET',
      '/api/admin/roles',
    );
    expect(roles.find((r) => r.role === 'finance')?.requireTwoFactor).toBe(true);
    await page.reload();
    await expect(page.getByRole('switch', { name: '要求两步验证：财务' })).toBeChecked();
    await page.getByRole('switch', { name: '要求两步验证：财务' }).locator('..').click();
    await expect(page.getByRole('switch', { name: '要求两步验证：财务' })).not.toBeChecked();
    const after = await admin.call<{ role: string; requireTwoFactor: boolean }[]>(
      'GET',
      '/api/admin/roles',
    );
    expect(after.find((r) => r.role === 'finance')?.requireTwoFactor).toBe(false);

    // what a role carries, in words
    await finance.getByText('查看权限').click();
    await expect(finance).toContainText('回款登记');
  });
});
