import { expect, test } from './support/fixtures';
import {
  apiAs,
  createCustomer,
  expectHeading,
  onPhone,
  openFromMenu,
  tag,
} from './support/console-helpers';

test.describe('script and document library', () => {
  test('a search finds a script; its page shows its versions and marks it read', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    const token = `kw${Date.now().toString(36)}${onPhone() ? 'p' : 'd'}`;
    const title = `价格异议处理${tag()}`;
    const created = await admin.call<{ id: number; version: number }>('POST', '/api/scripts', {
      situation: 'price_objection',
      title,
      body: `客户说太贵时，先认同感受。口令 ${token}`,
      tags: ['价格'],
    });
    await admin.call('PATCH', `/api/scripts/${created.id}`, {
      body: `客户说太贵时，先认同感受，再讲课程带来的改变。口令 ${token}`,
      version: created.version,
    });
    const coordinator = await admin.person('coordinator', `顾问${tag()}`);

    await signIn(coordinator);
    await openFromMenu(page, '话术库');
    await expectHeading(page, '话术库');
    await page.getByLabel('搜索话术').fill(token);
    await page.getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${token}`));
    const found = page.getByTestId('scripts');
    await expect(found.getByRole('listitem')).toHaveCount(1);
    await expect(found).toContainText(title);
    await checkScreen();

    await found.getByRole('link', { name: title }).click();
    await expectHeading(page, title);
    await expect(page.getByTestId('script-body')).toContainText('再讲课程带来的改变');
    const versions = page.getByTestId('script-versions');
    await expect(versions.locator('.el-table__body tbody tr')).toHaveCount(2);
    await checkScreen();
    await versions
      .getByRole('row', { name: /第 1 版/ })
      .getByRole('button', { name: '查看' })
      .click();
    const old = page.getByRole('dialog', { name: `第 1 版：${title}` });
    await expect(old).toContainText('先认同感受。口令');
    await checkScreen();
    await old.getByRole('button', { name: '关闭此对话框' }).click();
    await expect(old).toBeHidden();
    await page.getByRole('button', { name: '标为已读' }).click();
    await expect(page.getByTestId('script-read')).toContainText('已读于');
  });

  test('a file uploaded to a new folder downloads byte for byte', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    const folder = `${onPhone() ? '手机' : '桌面'}资料${tag()}${Math.floor(Math.random() * 1e4)}`;
    const title = `课程说明${tag()}`;
    const bytes = Buffer.from(`TR1 领袖素质管理\n开课：12月20日\n${folder}\n`, 'utf8');
    const clerk = await admin.person('clerk', `行政${tag()}`);

    await signIn(clerk);
    await openFromMenu(page, '资料库');
    await expectHeading(page, '资料库');
    const tree = page.getByTestId('folder-tree');
    await expect(tree.getByRole('treeitem', { name: '全部资料' })).toBeVisible();
    await page.getByLabel('文件夹名称').fill(folder);
    await page.getByRole('button', { name: '新建文件夹' }).click();
    await tree.getByText(folder, { exact: true }).click();
    await expect(page.getByTestId('current-folder')).toHaveText(folder);
    await checkScreen();

    await page.getByRole('button', { name: '上传资料' }).click();
    const dialog = page.getByRole('dialog', { name: `上传资料到“${folder}”` });
    await dialog.getByLabel('文件', { exact: true }).setInputFiles({
      name: '课程说明.txt',
      mimeType: 'text/plain',
      buffer: bytes,
    });
    await dialog.getByLabel('标题').fill(title);
    await checkScreen();
    await dialog.getByRole('button', { name: '上传资料' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('documents').getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('课程说明.txt');
    await expect(row).toContainText('第 1 版');
    await checkScreen();

    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: '下载' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('课程说明.txt');
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);

    await row.getByRole('button', { name: '版本' }).click();
    const versions = page.getByRole('dialog', { name: `“${title}”的版本` });
    await expect(versions.getByTestId('document-versions')).toContainText('当前');
    await checkScreen();
  });

  test("the plan briefing's suggested script opens its page", async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const courses = await admin.call<{ id: number; code: string }[]>('GET', '/api/courses');
    const tr1 = courses.find((course) => course.code === 'TR1')!;
    const title = `首次致电TR1${tag()}${Math.floor(Math.random() * 1e6)}`;
    await admin.call('POST', '/api/scripts', {
      courseId: tr1.id,
      situation: 'first_call',
      title,
      body: '您好，我是培训中心的课程顾问，想邀请您了解 TR1 课程。',
    });
    const coordinator = await admin.person('coordinator', `顾问${tag()}`);
    const own = await apiAs(baseURL!, coordinator);
    // a newcomer: TR1 is their next course
    const customer = await createCustomer(own, { name: `新客户${tag()}` });
    await own.dispose();

    await signIn(coordinator);
    await page.goto(`/plans/new?customerId=${customer.id}`);
    const briefing = page.getByTestId('briefing');
    const link = briefing.getByRole('link', { name: title });
    await expect(link).toBeVisible();
    const opened = page.context().waitForEvent('page');
    await link.click();
    const scriptPage = await opened;
    await expect(scriptPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(scriptPage.getByTestId('script-body')).toContainText('邀请您了解 TR1 课程');
    await checkScreen(scriptPage);
    await scriptPage.close();
  });
});
