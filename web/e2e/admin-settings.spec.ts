import { expect, test } from './support/fixtures';
import {
  apiAs,
  businessDay,
  choose,
  createCustomer,
  expectHeading,
  openFromMenu,
} from './support/console-helpers';

test.describe('admin: roles, dictionary, settings, jobs and the outbox', () => {
  test('the admin adds a dictionary entry and deactivates it', async ({
    page,
    admin,
    signIn,
    expectAccessible,
    checkScreen,
  }) => {
    const boss = await admin.person('admin', '系统管理员丁');
    await signIn(boss);
    await openFromMenu(page, '数据字典', '系统管理');
    await expectHeading(page, '数据字典');
    await choose(page, '字典类别', '来源');
    await expect(page.getByTestId('dictionary-table')).toContainText('referral');

    const code = `web${Date.now().toString(36)}`;
    const label = `展会${code.slice(-4)}`;
    await page.getByRole('button', { name: '新增条目' }).click();
    const dialog = page.getByRole('dialog', { name: '新增字典条目' });
    await dialog.getByLabel('代码').fill(code);
    await dialog.getByLabel('名称').fill(label);
    await expectAccessible();
    await dialog.getByRole('button', { name: '保存' }).click();
    const row = page.getByRole('row', { name: new RegExp(code) });
    await expect(row).toContainText(label);
    await expect(row).toContainText('启用');
    await checkScreen();

    await row.getByRole('button', { name: '停用' }).click();
    await expect(row).toContainText('已停用');
    const offered = await admin.call<{ code: string }[]>('GET', '/api/dictionary/source');
    expect(offered.map((entry) => entry.code)).not.toContain(code);
  });

  test('the admin runs a job now and finds its run listed', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    const boss = await admin.person('admin', '系统管理员戊');
    await signIn(boss);
    await openFromMenu(page, '定时任务', '系统管理');
    await expectHeading(page, '定时任务');
    const row = page.getByRole('row', { name: /清理任务运行记录/ });
    await expect(row).toBeVisible();
    await checkScreen();

    await row.getByRole('button', { name: '立即运行：清理任务运行记录' }).click();
    await expect(page.getByText('“清理任务运行记录”已运行：成功')).toBeVisible();
    await expect(page.getByRole('heading', { name: '运行记录：清理任务运行记录' })).toBeVisible();
    const runs = page.getByTestId('job-runs-table');
    await expect(runs.getByRole('row', { name: /手动/ }).first()).toContainText('成功');
    await checkScreen();
  });

  test('the admin keeps interaction types, follow-up cycles, care templates and holiday dates', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    // a long story, with an accessibility scan at each step
    test.slow();
    const boss = await admin.person('admin', '系统管理员己');
    await signIn(boss);
    // a custom interaction type
    await openFromMenu(page, '联系方式', '系统管理');
    await expectHeading(page, '联系方式');
    await checkScreen();
    const code = `visit${Date.now().toString(36)}`;
    await page.getByRole('button', { name: '新增联系方式' }).click();
    const typeDialog = page.getByRole('dialog', { name: '新增联系方式' });
    await typeDialog.getByLabel('代码').fill(code);
    await typeDialog.getByLabel('名称').fill('上门拜访');
    await typeDialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('row', { name: new RegExp(code) })).toContainText('自定义');

    // follow-up cycles: the seeded ones, another row saved
    await openFromMenu(page, '跟进周期', '系统管理');
    await expectHeading(page, '跟进周期');
    await expect(page.getByTestId('cycles-table').locator('tbody tr')).not.toHaveCount(0);
    await checkScreen();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('已保存').last()).toBeVisible();

    // care templates: the default birthday text, edited
    await openFromMenu(page, '关怀模板', '系统管理');
    await expectHeading(page, '关怀模板');
    const birthday = page.getByRole('row', { name: /生日/ }).first();
    await expect(birthday).toContainText('{name}');
    await checkScreen();
    await birthday.getByRole('button', { name: '编辑' }).click();
    const templateDialog = page.getByRole('dialog', { name: '修改关怀模板' });
    await templateDialog.getByLabel('短信内容').fill('{name}您好，祝您生日快乐！');
    await checkScreen();
    await templateDialog.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('row', { name: /生日/ }).first()).toContainText(
      '{name}您好，祝您生日快乐！',
    );

    // holiday dates: a year's list, a date entered and removed
    await openFromMenu(page, '节日日期', '系统管理');
    await expectHeading(page, '节日日期');
    await expect(page.getByTestId('holidays-table')).toContainText('春节');
    await checkScreen();
    await choose(page, '节日', '母亲节');
    const year = new Date().getFullYear();
    await page.getByLabel('日期', { exact: true }).fill(`${year}-05-09`);
    await page.getByLabel('日期', { exact: true }).press('Enter');
    await page.getByRole('button', { name: '录入日期' }).click();
    const entered = page.getByTestId('entered-dates');
    await expect(entered).toContainText(`${year}-05-09`);
    await entered.getByRole('button', { name: `删除 ${year}-05-09` }).click();
    await expect(entered).not.toContainText(`${year}-05-09`);
  });

  test("the SMS outbox lists messages by status and purpose, a customer's text hidden from the admin", async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    // a birthday greeting queued for a customer two days ahead
    const coordinator = await admin.person('coordinator', '顾问小钱');
    const own = await apiAs(baseURL!, coordinator);
    await createCustomer(own, { name: '寿星孙', birthday: `2000-${businessDay(2).slice(5)}` });
    await own.dispose();
    await admin.call('POST', '/api/admin/jobs/care-messages/run');

    const boss = await admin.person('admin', '系统管理员庚');
    await signIn(boss);
    await openFromMenu(page, '短信发件箱', '系统管理');
    await expectHeading(page, '短信发件箱');
    await choose(page, '状态', '排队中');
    await choose(page, '用途', '客户关怀');
    await page.getByRole('button', { name: '搜索' }).click();
    const table = page.getByTestId('sms-table');
    await expect(table.getByRole('row', { name: /客户关怀/ }).first()).toContainText('排队中');
    // admins see no customer data: the greeting's words are not shown to them
    await expect(table).toContainText('（客户短信内容，您无权查看）');
    await expect(table).not.toContainText('寿星孙');
    await checkScreen();
  });
});
