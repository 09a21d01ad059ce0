import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { businessTime, createCustomer, fieldName, tag } from './support/console-helpers';
import { plan, typeId } from './support/follow-up';

test.describe('notifications', () => {
  test('a colleague sees a plan handed to them in the inbox, marks it read, completes it, and the planner hears the result', async ({
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
    const followUp = await typeId(asWang, 'follow_up');
    const sun = await createCustomer(asWang, { name: `孙女士${n}` });
    const zhou = await createCustomer(asWang, { name: `周先生${n}` });

    // Wang hands two calls to Li, the first with a note
    const first = await plan(asWang, {
      customerId: sun.id,
      typeId: followUp,
      content: '请孙女士确认周六的试听',
      dueAt: businessTime(0, '23:30'),
    });
    await asWang.call('POST', `/api/plans/${first.id}/delegate`, {
      version: first.version,
      assigneeId: li.id,
      note: '孙女士下午四点后方便接电话',
    });
    const second = await plan(asWang, {
      customerId: zhou.id,
      typeId: followUp,
      content: '提醒周先生带上学员证',
      dueAt: businessTime(1, '10:00'),
    });
    await asWang.call('POST', `/api/plans/${second.id}/delegate`, {
      version: second.version,
      assigneeId: li.id,
    });

    // Li sees two unread in the header and opens the inbox from there
    await signIn(li);
    const badge = page.getByTestId('unread-badge');
    await expect(badge).toContainText('2');
    await page.getByRole('link', { name: '通知' }).first().click();
    await expect(page.getByRole('heading', { name: '通知' })).toBeVisible();
    await expect(page.getByTestId('unread-count')).toHaveText('未读 2 条');
    const items = page.getByTestId('notifications').getByRole('listitem');
    await expect(items).toHaveCount(2);
    const handed = items.filter({ hasText: '孙女士下午四点后方便接电话' });
    await expect(handed).toContainText(`王统筹${n}`);
    await expect(handed).toContainText('未读');
    await checkScreen();

    // one read: the badge follows
    await handed.getByRole('button', { name: '标为已读' }).click();
    await expect(page.getByTestId('unread-count')).toHaveText('未读 1 条');
    await expect(badge).toContainText('1');
    await expect(handed.getByRole('button', { name: '标为已读' })).toHaveCount(0);
    await page.getByText('只看未读').click();
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('提醒周先生带上学员证');
    await checkScreen();

    // all read: no badge, nothing unread
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await expect(page.getByText('已全部标为已读（1 条）。')).toBeVisible();
    await expect(page.getByTestId('unread-count')).toHaveText('未读 0 条');
    await expect(page.getByText('没有未读通知。')).toBeVisible();
    await expect(badge.locator('sup')).toBeHidden();
    await page.getByText('只看未读').click();
    await expect(items).toHaveCount(2);

    // From the notification to the plan, completed there; the planner hears the result
    await handed.getByRole('link', { name: '查看筹划' }).click();
    await expect(page.getByRole('heading', { name: '筹划详情' })).toBeVisible();
    await expect(page.getByTestId('plan-detail')).toContainText('请孙女士确认周六的试听');
    await expect(page.getByTestId('plan-detail')).toContainText('孙女士下午四点后方便接电话');
    await checkScreen();
    await page.getByRole('button', { name: '完成', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '完成筹划：写交往记录' });
    await page.getByLabel(fieldName('沟通内容')).fill('孙女士确认周六上午来试听');
    await page.getByLabel(fieldName('结果')).fill('周六上午九点到');
    await checkScreen();
    await dialog.getByRole('button', { name: '保存记录并完成' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('plan-status')).toHaveText('已完成');
    await page.getByRole('button', { name: '查看交往记录' }).click();
    await expect(page.getByTestId('record-content')).toHaveText('孙女士确认周六上午来试听');

    const wangInbox = await asWang.call<{ items: { kind: string; body: string }[] }>(
      'GET',
      '/api/notifications',
    );
    const result = wangInbox.items.find((item) => item.kind === 'plan.delegated-result');
    expect(result?.body).toContain('周六上午九点到');
    await asWang.dispose();
  });
});
