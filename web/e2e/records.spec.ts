import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { choose, createCustomer, fieldName, openFromMenu, tag } from './support/console-helpers';
import { typeId } from './support/follow-up';

test.describe('contact records', () => {
  test('a coordinator lists their records, filters by customer, edits one within 24 hours and sees it locked a day later', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    // a long story, with people made through the API and an accessibility scan per screen
    test.slow();
    const n = tag();
    const wang = await admin.person('coordinator', `王统筹${n}`);
    const li = await admin.person('coordinator', `李统筹${n}`);
    const asWang = await Api.as(baseURL!, wang.username, wang.password);
    const asLi = await Api.as(baseURL!, li.username, li.password);
    const care = await typeId(asWang, 'care');
    const wu = await createCustomer(asWang, { name: `吴女士${n}` });
    const zheng = await createCustomer(asWang, { name: `郑先生${n}` });
    const write = (api: Api, customerId: number, content: string) =>
      api.call('POST', '/api/interactions', {
        customerId,
        typeId: care,
        channel: 'wechat',
        content,
      });
    await write(asWang, wu.id, '微信问候吴女士，提醒周末课程');
    await write(asWang, zheng.id, '微信祝郑先生生日快乐');
    await write(asLi, wu.id, '李统筹给吴女士寄了教材');

    await signIn(wang);
    await openFromMenu(page, '跟进记录');
    await expect(page.getByRole('heading', { name: '跟进记录' })).toBeVisible();
    const list = page.getByTestId('record-list');
    const entry = (text: string) => list.locator('tr, article').filter({ hasText: text });
    // without a customer: one's own records only
    await expect(entry('微信问候吴女士，提醒周末课程')).toBeVisible();
    await expect(entry('微信祝郑先生生日快乐')).toBeVisible();
    await expect(entry('李统筹给吴女士寄了教材')).toHaveCount(0);
    await expect(page.getByText('未选客户时只列出您自己的记录')).toBeVisible();
    await checkScreen();

    // a customer's records from everyone
    await choose(page, '按客户筛选', new RegExp(wu.code), wu.code);
    await expect(entry('李统筹给吴女士寄了教材')).toBeVisible();
    await expect(entry('微信问候吴女士，提醒周末课程')).toBeVisible();
    await expect(entry('微信祝郑先生生日快乐')).toHaveCount(0);
    await checkScreen();

    // a colleague's record: read, not changed
    await entry('李统筹给吴女士寄了教材').getByRole('button', { name: '查看' }).click();
    await expect(page.getByRole('heading', { name: '交往记录' })).toBeVisible();
    await expect(page.getByTestId('edit-rule')).toHaveText(
      '只有记录人可以在写入后 24 小时内修改这条记录。',
    );
    await expect(page.getByRole('button', { name: '修改' })).toHaveCount(0);
    await page.goBack();

    // one's own, within 24 hours: until when, and the change saved
    await entry('微信问候吴女士，提醒周末课程').getByRole('button', { name: '查看' }).click();
    await expect(page.getByTestId('record-detail')).toContainText('微信');
    await expect(page.getByTestId('edit-rule')).toContainText('可编辑至');
    await checkScreen();
    const recordUrl = page.url();
    await page.getByRole('button', { name: '修改' }).click();
    await page.getByLabel(fieldName('沟通内容')).fill('微信问候吴女士，提醒周末课程改到周日');
    await page.getByLabel(fieldName('结果')).fill('吴女士回复收到');
    await checkScreen();
    await page.getByRole('button', { name: '保存修改' }).click();
    await expect(page.getByText('记录已保存。')).toBeVisible();
    await expect(page.getByTestId('record-content')).toHaveText(
      '微信问候吴女士，提醒周末课程改到周日',
    );
    await expect(page.getByTestId('record-detail')).toContainText('吴女士回复收到');

    // a day later (the browser's clock 25 hours on): the page says it is locked
    await page.clock.install({ time: new Date(Date.now() + 25 * 3600_000) });
    await page.goto(recordUrl);
    await expect(page.getByTestId('edit-rule')).toContainText('已超过 24 小时');
    await expect(page.getByTestId('edit-rule')).toContainText('不能再修改');
    await expect(page.getByRole('button', { name: '修改' })).toHaveCount(0);
    await checkScreen();

    await asWang.dispose();
    await asLi.dispose();
  });
});
