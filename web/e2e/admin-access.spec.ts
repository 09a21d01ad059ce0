import { expect, test } from './support/fixtures';
import { expectHeading, menuNames, openFromMenu } from './support/console-helpers';

test.describe('admin: who may open what', () => {
  test('a coordinator sees no admin menu, and an admin page opened directly says no permission', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    const coordinator = await admin.person('coordinator', '顾问小孙');
    await signIn(coordinator);
    const names = await menuNames(page);
    expect(names).toContain('工作成果');
    expect(names).not.toContain('系统管理');
    expect(names).not.toContain('审计日志');

    await page.goto('/admin/users');
    await expect(page.getByText('您没有权限查看这个页面。')).toBeVisible();
    await expect(page.getByTestId('users-table')).toHaveCount(0);
    await checkScreen();
  });

  test('a manager reads the audit log, filtered by action, and finds the creation of a user', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    const created = await admin.person('clerk', '新来的行政');
    const manager = await admin.person('manager', '经理老周');
    await signIn(manager);

    // a manager's 系统管理: accounts, cycles, the outbox and the audit; not the admin's settings
    const names = await menuNames(page);
    for (const entry of ['用户', '跟进周期', '短信发件箱', '审计日志'])
      expect(names).toContain(entry);
    for (const entry of ['角色设置', '数据字典', '定时任务']) expect(names).not.toContain(entry);

    await openFromMenu(page, '审计日志', '系统管理');
    await expectHeading(page, '审计日志');
    await expect(page.getByTestId('audit-table')).toBeVisible();
    await checkScreen();

    const action = page.getByRole('combobox', { name: '操作', exact: true });
    await action.click();
    await action.fill('user.create');
    await page.getByRole('option', { name: '新建用户（user.create）' }).click();
    await page.getByLabel('记录编号').fill(String(created.id));
    await page.getByRole('button', { name: '搜索' }).click();
    const rows = page.getByTestId('audit-table').locator('.el-table__body tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('新建用户');
    await expect(rows.first()).toContainText(`用户 ${created.id}`);
    await expect(rows.first()).toContainText('admin');
    await expect(rows.first()).toContainText('成功');
    await checkScreen();

    // a manager freezes and unfreezes, but creates no account
    await openFromMenu(page, '用户', '系统管理');
    await expectHeading(page, '用户');
    await expect(page.getByRole('button', { name: '新建用户' })).toHaveCount(0);
  });
});
