import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { PASSWORD } from './support/api';
import { expectHeading, openFromMenu } from './support/console-helpers';

test.describe('sign-in', () => {
  test('a new user changes the first password, sees the console in Chinese and signs out', async ({
    page,
    admin,
    signIn,
    expectAccessible,
    expectAllChinese,
  }) => {
    const person = await admin.person('coordinator', '王小明', true);
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await expectAccessible();
    await expectAllChinese();

    await signIn(person);
    await expect(page.getByRole('heading', { name: '首次登录请修改密码' })).toBeVisible();
    await page.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('再次输入新密码').fill(`${PASSWORD}x`);
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.getByText('两次输入的新密码不一致')).toBeVisible();
    await page.getByLabel('再次输入新密码').fill(PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();

    await expect(page.getByTestId('user-name')).toHaveText('王小明');
    await expect(page).toHaveTitle(/工作台/);
    await expectAccessible();
    await expectAllChinese();

    // a reload keeps the session (the refresh token in this browser)
    await page.reload();
    await expect(page.getByTestId('user-name')).toHaveText('王小明');

    await page.getByTestId('sign-out').click();
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('a wrong password, a lockout and a frozen account are told in Chinese', async ({
    page,
    admin,
    signIn,
  }) => {
    const person = await admin.person('clerk', '李文员');
    await page.goto('/sign-in');
    await page.getByLabel('用户名').fill(person.username);
    for (let i = 1; i <= 6; i += 1) {
      await page.getByLabel('密码', { exact: true }).fill(`wrong-password-${i}`);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page.getByTestId('sign-in-error')).toContainText(
        i < 6 ? '用户名或密码' : '锁定',
      );
    }

    const other = await admin.person('coordinator', '赵顾问');
    await signIn(other);
    await admin.call('POST', `/api/admin/users/${other.id}/freeze`, { reason: '测试冻结' });
    // the next request of the open console finds the account frozen: back to sign-in, saying why
    await page.reload();
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await expect(page.getByText('冻结')).toBeVisible();
  });

  test('two tabs take turns with the one refresh token: when both access tokens expire, and when both reload', async ({
    page,
    context,
    admin,
    signIn,
  }) => {
    const person = await admin.person('coordinator', '钱多多');
    await signIn(person);
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByTestId('sign-out')).toBeVisible();
    // The access tokens live 30 s on the test server (start-server.mjs): past that, the next
    // request of each tab is refused as expired, and both refresh the one stored token at once.
    await page.waitForTimeout(31_000);
    const listed = (tab: Page) =>
      tab.waitForResponse((r) => new URL(r.url()).pathname === '/api/customers' && r.ok());
    await Promise.all([
      listed(page),
      listed(second),
      openFromMenu(page, '客户'),
      openFromMenu(second, '客户'),
    ]);
    await expectHeading(page, '客户');
    await expectHeading(second, '客户');
    await Promise.all([
      page.getByRole('button', { name: 'English' }).click(),
      second.getByRole('button', { name: 'English' }).click(),
    ]);
    await expect(page.getByTestId('sign-out')).toHaveText('Sign out');
    await expect(second.getByTestId('sign-out')).toHaveText('Sign out');
    // A reload keeps no access token, so both tabs exchange the stored refresh token at once,
    // one after the other under the browser's lock. Should a tab read the token the other has
    // just used, the server takes it for a stolen copy and ends the session (it did, about
    // one reload in ten, while the token was kept in localStorage).
    for (let round = 0; round < 8; round++) {
      await Promise.all([page.reload(), second.reload()]);
      await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
      await expect(second.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    }
  });

  test('a browser that refuses IndexedDB still works in its tab; a reload asks to sign in again', async ({
    page,
    admin,
    signIn,
  }) => {
    // as in a window whose storage is blocked: opening the database fails
    await page.addInitScript(() => {
      indexedDB.open = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    const person = await admin.person('coordinator', '孙存储');
    await signIn(person);
    await openFromMenu(page, '客户');
    await expectHeading(page, '客户');
    await page.reload();
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  });

  test('the console is an installable web app: a manifest with its icons', async ({ page }) => {
    await page.goto('/sign-in');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(href!)).json();
    expect(manifest).toMatchObject({ lang: 'zh-CN', display: 'standalone', start_url: '/' });
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const answer = await page.request.get(icon.src);
      expect(answer.status()).toBe(200);
      expect(answer.headers()['content-type']).toContain(icon.type);
    }
  });

  test("Element Plus's own words are Chinese: its zh-CN locale from the es path", async ({
    page,
    admin,
    signIn,
  }) => {
    const manager = await admin.person('manager', '孔经理');
    await signIn(manager);
    await page.goto('/admin/audit');
    // the pager's buttons are named by Element Plus itself, in its locale
    await expect(page.getByRole('button', { name: '上一页' })).toBeVisible();
    await expect(page.getByRole('button', { name: '下一页' })).toBeVisible();
    if (test.info().project.name === 'desktop') {
      await expect(page.locator('.el-pagination__total')).toHaveText(/^共 \d+ 条$/);
      await expect(page.locator('.el-pagination__jump')).toContainText('前往');
    }
  });
});
