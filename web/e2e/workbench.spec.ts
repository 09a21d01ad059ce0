import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import {
  businessDay,
  businessTime,
  choose,
  createCustomer,
  fieldName,
  selectField,
  tag,
  typeDateTime,
} from './support/console-helpers';
import { plan, typeId } from './support/follow-up';

test.describe('workbench and plans', () => {
  test('a coordinator reads the briefing before planning, hands one plan over and completes another with the next plan', async ({
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
    const followUp = await typeId(asWang, 'follow_up');

    // Li already means to call Zhang the day after tomorrow; Wang has two calls due today.
    const zhang = await createCustomer(asLi, { name: `张先生${n}` });
    const zhao = await createCustomer(asWang, { name: `赵女士${n}` });
    const qian = await createCustomer(asWang, { name: `钱先生${n}` });
    await plan(asLi, {
      customerId: zhang.id,
      typeId: followUp,
      content: '李统筹回访张先生，介绍周末班',
      dueAt: businessTime(2, '15:00'),
    });
    await plan(asWang, {
      customerId: zhao.id,
      typeId: followUp,
      content: '电话邀请赵女士试听',
      dueAt: businessTime(0, '23:30'),
    });
    await plan(asWang, {
      customerId: qian.id,
      typeId: followUp,
      content: '回访钱先生的试听感受',
      dueAt: businessTime(0, '23:40'),
    });

    // The workbench: today's two plans
    await signIn(wang);
    await expect(page.getByRole('heading', { name: '待办工作区' })).toBeVisible();
    await expect(page.getByRole('tab', { name: '今天 2' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const today = page.getByTestId('bucket-dueToday');
    await expect(today.getByText('电话邀请赵女士试听')).toBeVisible();
    await expect(today.getByText('回访钱先生的试听感受')).toBeVisible();
    await checkScreen();

    // A new plan for Zhang: Li's open plan is shown before the form
    await page.getByRole('button', { name: '新建筹划' }).click();
    await expect(page.getByRole('heading', { name: '新建筹划' })).toBeVisible();
    await choose(page, '客户', new RegExp(zhang.code), zhang.code);
    const briefing = page.getByTestId('briefing');
    await expect(briefing.getByRole('heading', { name: '筹划前请先了解' })).toBeVisible();
    await expect(briefing.getByText('同事的筹划')).toBeVisible();
    await expect(briefing.getByText(`李统筹${n}`)).toBeVisible();
    await expect(briefing.getByText('李统筹回访张先生，介绍周末班')).toBeVisible();
    await expect(page.getByTestId('plan-form')).toHaveCount(0);
    await checkScreen();

    await page.getByRole('button', { name: '已了解，开始筹划' }).click();
    const form = page.getByTestId('plan-form');
    await expect(form).toBeVisible();
    await expect(selectField(page, '类型')).toContainText('跟进');
    await page.getByLabel(fieldName('要做什么')).fill('王统筹也想约张先生面谈');
    await typeDateTime(page, '计划时间', `${businessDay(2)} 16:30`);
    await checkScreen();
    await page.getByRole('button', { name: '保存筹划' }).click();
    const created = page.getByTestId('plan-created');
    await expect(created.getByText('筹划已创建。')).toBeVisible();
    // the same type for the same customer on the same day: the API's duplicate warning
    const duplicate = page.getByTestId('duplicate-warning');
    await expect(duplicate).toContainText('同一天该客户已有 1 条同类型的未完成筹划');
    await expect(duplicate).toContainText(`李统筹${n}`);
    await checkScreen();

    // Hand Zhao's call to Li with a note
    await page.getByRole('button', { name: '返回工作台' }).click();
    await expect(page.getByRole('tab', { name: '今天 2' })).toBeVisible();
    const zhaoCard = today.locator('article', { hasText: '电话邀请赵女士试听' });
    await zhaoCard.getByRole('button', { name: '转交' }).click();
    const delegateDialog = page.getByRole('dialog', { name: '转交筹划' });
    await expect(delegateDialog).toBeVisible();
    await choose(page, '转交给', `李统筹${n}`, `李统筹${n}`);
    await delegateDialog.getByLabel(fieldName('说明')).fill('赵女士只在晚上接电话');
    await checkScreen();
    await delegateDialog.getByRole('button', { name: '转交', exact: true }).click();
    await expect(page.getByText(`已转交给 李统筹${n}。`)).toBeVisible();
    await expect(page.getByRole('tab', { name: '今天 1' })).toBeVisible();
    await page.getByRole('tab', { name: '已转交 1' }).click();
    const handed = page.getByTestId('bucket-delegated');
    await expect(handed.getByText('电话邀请赵女士试听')).toBeVisible();
    await expect(handed.getByText(`已转交给 李统筹${n}`)).toBeVisible();
    await expect(handed.getByText('赵女士只在晚上接电话')).toBeVisible();

    // Complete Qian's call: its record, Qian's new status, and the next call in three days
    await page.getByRole('tab', { name: '今天 1' }).click();
    const qianCard = today.locator('article', { hasText: '回访钱先生的试听感受' });
    await qianCard.getByRole('button', { name: '完成' }).click();
    const completeDialog = page.getByRole('dialog', { name: '完成筹划：写交往记录' });
    await expect(completeDialog).toBeVisible();
    await expect(selectField(page, '联系方式')).toContainText('电话');
    await page.getByLabel(fieldName('沟通内容')).fill('钱先生觉得试听很有收获，想了解学费');
    // a follow-up must state its outcome: the server says so in Chinese
    await completeDialog.getByRole('button', { name: '保存记录并完成' }).click();
    await expect(completeDialog.getByText('必须填写结果').first()).toBeVisible();
    await page.getByLabel(fieldName('结果')).fill('约好下周发学费方案');
    await choose(page, '客户状态改为', '有意向');
    await completeDialog.getByText('同时安排下一次联系').click();
    await typeDateTime(page, '下次联系时间', `${businessDay(3)} 10:00`);
    await expect(selectField(page, '下次类型')).toContainText('跟进');
    await page.getByLabel(fieldName('下次要做什么')).fill('给钱先生发学费方案');
    await checkScreen();
    await completeDialog.getByRole('button', { name: '保存记录并完成' }).click();
    await expect(page.getByText('筹划已完成，下一次筹划已安排在')).toBeVisible();
    await expect(completeDialog).toBeHidden();

    // Today is done; the next call waits in the next seven days
    await expect(page.getByRole('tab', { name: '今天 0' })).toBeVisible();
    await expect(today.getByText('今天没有要做的筹划。')).toBeVisible();
    await page.getByRole('tab', { name: /^未来七天/ }).click();
    const upcoming = page.getByTestId('bucket-upcoming');
    await expect(upcoming.locator('article', { hasText: '给钱先生发学费方案' })).toContainText(
      `${businessDay(3).replaceAll('-', '/')} 10:00`,
    );
    await checkScreen();
    const qianNow = await asWang.call<{ statusTag: string }>('GET', `/api/customers/${qian.id}`);
    expect(qianNow.statusTag).toBe('interested');

    await asWang.dispose();
    await asLi.dispose();
  });

  test('a busy week: the first twenty plans, then the rest on request', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const n = tag();
    const zhou = await admin.person('coordinator', `周统筹${n}`);
    const asZhou = await Api.as(baseURL!, zhou.username, zhou.password);
    const followUp = await typeId(asZhou, 'follow_up');
    const someone = await createCustomer(asZhou, { name: `冯先生${n}` });
    for (let i = 1; i <= 22; i += 1)
      await plan(asZhou, {
        customerId: someone.id,
        typeId: followUp,
        content: `第 ${i} 次回访`,
        dueAt: businessTime(
          1 + (i % 5),
          `${String(8 + (i % 10)).padStart(2, '0')}:${String(i).padStart(2, '0')}`,
        ),
      });

    await signIn(zhou);
    await expect(page.getByRole('tab', { name: '未来七天 22' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const upcoming = page.getByTestId('bucket-upcoming');
    await expect(upcoming.locator('article')).toHaveCount(20);
    await expect(upcoming.getByText('共 22 条，已显示 20 条')).toBeVisible();
    await checkScreen();
    await upcoming.getByRole('button', { name: '加载更多' }).click();
    await expect(upcoming.locator('article')).toHaveCount(22);
    await expect(upcoming.getByText('已显示')).toHaveCount(0);
    await asZhou.dispose();
  });

  test('each role is offered what it may do', async ({ page, admin, signIn }) => {
    // the admin runs accounts, not customers: a welcome, no follow-up menu
    const it = await admin.person('admin', `管理员${tag()}`);
    await signIn(it);
    await expect(page.getByText('您的角色不处理客户跟进')).toBeVisible();
    const menuButton = page.getByRole('button', { name: '菜单' });
    if (await menuButton.isVisible()) await menuButton.click();
    await expect(page.getByRole('menuitem', { name: '跟进记录' })).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: '通知' })).toBeVisible();
    await page.goto('/records');
    await expect(page.getByText('您没有权限查看这个页面。')).toBeVisible();

    // finance reads the follow-up but plans nothing
    await page.getByTestId('sign-out').click();
    const finance = await admin.person('finance', `财务${tag()}`);
    await signIn(finance);
    await expect(page.getByRole('heading', { name: '待办工作区' })).toBeVisible();
    await expect(page.getByRole('tab', { name: '今天 0' })).toBeVisible();
    await expect(page.getByRole('button', { name: '新建筹划' })).toHaveCount(0);
    await page.goto('/plans/new');
    await expect(page.getByText('您没有权限查看这个页面。')).toBeVisible();
    await page.goto('/records');
    await expect(page.getByRole('heading', { name: '跟进记录' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '范围' })).toHaveCount(0);

    // a manager watches everyone's records, and chooses whose
    await page.getByTestId('sign-out').click();
    const manager = await admin.person('manager', `经理${tag()}`);
    await signIn(manager);
    await page.goto('/records');
    await expect(page.getByRole('combobox', { name: '范围' })).toBeVisible();
    await expect(page.getByText('未选客户时只列出您自己的记录')).toHaveCount(0);
  });
});
