import { expect, test } from './support/fixtures';
import { Api, PASSWORD } from './support/api';
import { expectHeading, menuNames, openFromMenu, tick } from './support/console-helpers';

test.describe('admin: staff accounts', () => {
  test('the admin creates a user and grants a permission; the user signs in with the temporary password and finds what the grant opens', async ({
    page,
    admin,
    signIn,
    expectAccessible,
    checkScreen,
  }) => {
    // a long story, with an accessibility scan at each step
    test.slow();
    const boss = await admin.person('admin', '系统管理员甲');
    await signIn(boss);
    await openFromMenu(page, '用户', '系统管理');
    await expectHeading(page, '用户');
    await expect(page.getByTestId('users-table')).toBeVisible();
    await checkScreen();

    const username = `newbie${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('新同事小周');
    await expect(dialog.getByLabel('角色')).toBeVisible();
    await expectAccessible();
    await dialog.getByRole('button', { name: '保存' }).click();

    // the temporary password is shown this once
    const shown = page.getByRole('dialog', { name: '临时密码' });
    await expect(shown.getByText('只显示这一次')).toBeVisible();
    const temporary = (await shown.getByTestId('temporary-password').innerText()).trim();
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await checkScreen();
    await shown.getByRole('button', { name: '查看该用户' }).click();

    await expectHeading(page, '用户：新同事小周');
    await expect(page.getByTestId('user-summary')).toContainText('课程顾问');
    await expect(page.getByTestId('user-summary')).toContainText('需要修改密码');
    // the password is not shown again
    await expect(page.getByText(temporary)).toHaveCount(0);
    await checkScreen();

    // a coordinator's role lacks the jobs: grant seeing them
    const jobsGrant = page.getByRole('checkbox', { name: '授予：查看定时任务及运行记录' });
    // a permission that may not be handed out is not offered (only managers read the audit)
    await expect(page.getByRole('checkbox', { name: '授予：查看审计日志' })).toHaveCount(0);
    await tick(jobsGrant);
    await expect(jobsGrant).toBeChecked();
    await page.getByRole('button', { name: '保存授权' }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('checkbox', { name: '授予：查看定时任务及运行记录' }),
    ).toBeChecked();

    // the new colleague signs in with the temporary password and changes it
    await page.getByTestId('sign-out').click();
    await signIn({ id: 0, username, password: temporary, role: 'coordinator', displayName: '' });
    await page.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('再次输入新密码').fill(PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.getByTestId('user-name')).toHaveText('新同事小周');

    // the grant opens 系统管理 › 定时任务, and nothing else of it
    const names = await menuNames(page);
    expect(names).toContain('系统管理');
    await openFromMenu(page, '定时任务', '系统管理');
    await expectHeading(page, '定时任务');
    await expect(page.getByTestId('jobs-table')).toContainText('客户关怀短信');
    // seeing is granted, running is not
    await expect(page.getByRole('button', { name: '立即运行' })).toHaveCount(0);
    await checkScreen();
    await page.goto('/admin/users');
    await expect(page.getByText('您没有权限查看这个页面。')).toBeVisible();
  });

  test('the admin freezes and unfreezes a user, with the reason, and resets the password', async ({
    page,
    admin,
    baseURL,
    signIn,
    expectAccessible,
    checkScreen,
  }) => {
    // a long story, with an accessibility scan at each step
    test.slow();
    const boss = await admin.person('admin', '系统管理员乙');
    const clerk = await admin.person('clerk', '行政小吴');
    await signIn(boss);
    await page.goto(`/admin/users/${clerk.id}`);
    await expectHeading(page, '用户：行政小吴');
    await expect(page.getByTestId('user-status')).toHaveText('正常');

    await page.getByRole('button', { name: '冻结', exact: true }).click();
    const freeze = page.getByRole('dialog', { name: '冻结账号' });
    await freeze.getByRole('button', { name: '冻结' }).click();
    // the reason is required: the server says so beside the field
    await expect(freeze.locator('.el-form-item__error')).toBeVisible();
    await freeze.getByLabel('冻结原因').fill('离岗期间暂停使用');
    await expectAccessible();
    await freeze.getByRole('button', { name: '冻结' }).click();
    await expect(page.getByTestId('user-status')).toHaveText('已冻结');
    await expect(page.getByTestId('frozen-reason')).toHaveText('离岗期间暂停使用');
    await expect(Api.as(baseURL!, clerk.username, clerk.password)).rejects.toThrow(/冻结/);

    await page.getByRole('button', { name: '解冻' }).click();
    await expect(page.getByTestId('user-status')).toHaveText('正常');
    await (await Api.as(baseURL!, clerk.username, clerk.password)).dispose();

    await page.getByRole('button', { name: '重置密码' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    const shown = page.getByRole('dialog', { name: '临时密码' });
    const temporary = (await shown.getByTestId('temporary-password').innerText()).trim();
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await checkScreen();
    await shown.getByRole('button', { name: '我已记下' }).click();
    await expect(page.getByTestId('user-summary')).toContainText('需要修改密码');

    // the old password no longer opens the account; the temporary one does
    await expect(Api.as(baseURL!, clerk.username, clerk.password)).rejects.toThrow(/401/);
    await (await Api.as(baseURL!, clerk.username, temporary)).dispose();

    // the edit form saves at the version read: the clerk's sign-ins just now changed the
    // account, so the first save is refused and the latest is loaded to change again
    const mobile = page.getByRole('textbox', { name: '手机号' });
    const reminders = page.getByRole('switch', { name: '短信提醒' });
    await mobile.fill('13912345678');
    await reminders.locator('..').click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByTestId('profile-error')).toContainText('已被他人修改');
    await expect(mobile).toHaveValue('');
    await mobile.fill('13912345678');
    await reminders.locator('..').click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('已保存')).toBeVisible();
    await expect(page.getByTestId('profile-error')).toHaveCount(0);
    const saved = await admin.call<{ smsReminders: boolean; mobile: string }>(
      'GET',
      `/api/admin/users/${clerk.id}`,
    );
    expect(saved).toMatchObject({ smsReminders: true, mobile: '13912345678' });
    await expectAccessible();
  });
});
