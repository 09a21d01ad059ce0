import { expect, test } from './support/fixtures';
import {
  apiAs,
  choose,
  expectHeading,
  onPhone,
  openFromMenu,
  tag,
} from './support/console-helpers';
import { enrolStudents, openClass } from './support/classes';

interface Campaign {
  id: number;
  name: string;
  status: string;
  recipientCount: number;
  queuedCount: number;
  createdById: number;
  decidedById: number | null;
}

test.describe('group SMS', () => {
  test('a large group SMS waits for a second manager, who approves it; it is queued', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    test.slow();
    const suffix = `${tag()}${Math.floor(Math.random() * 1e6)}`;
    const template = `开课邀请${suffix}`;
    await admin.call('POST', '/api/admin/sms-templates', {
      kind: 'group',
      name: template,
      body: '{name}您好，{course}将于{startDate}开课，欢迎报名。',
      active: true,
    });
    const sender = await admin.person('manager', `经理${tag()}`);
    const approver = await admin.person('manager', `审批经理${tag()}`);
    const name = `${onPhone() ? '手机' : '桌面'}群发${suffix}`;
    // a fortnight of the seeded customers (about 45 a day): above the approval limit of 500;
    // each project its own fortnight, so that none is skipped as already sent
    const [from, to] = onPhone() ? ['2020-03-01', '2020-03-14'] : ['2020-01-01', '2020-01-14'];

    await signIn(sender);
    await openFromMenu(page, '群发短信');
    await expectHeading(page, '群发短信');
    await checkScreen();
    await page.getByRole('button', { name: '新建群发' }).click();
    await expectHeading(page, '新建群发短信');
    await page.getByLabel('群发名称').fill(name);
    await choose(page, '短信模板', new RegExp(template));
    await expect(page.getByTestId('template-body')).toContainText('{course}');
    await page.getByLabel('课程', { exact: true }).fill('TR1 领袖素质管理');
    await page.getByLabel('开课日期').fill('12月20日');
    for (const [label, day] of [
      ['建档起始日期', from],
      ['建档截止日期', to],
    ]) {
      await page.getByLabel(label).fill(day);
      await page.getByLabel(label).press('Enter');
    }
    await checkScreen();
    await page.getByRole('button', { name: '预览' }).click();

    // the count and a sample text before it goes out
    await expectHeading(page, `群发短信：${name}`);
    const preview = page.getByTestId('preview');
    await expect(preview.getByTestId('preview-count')).toHaveText(/^收件人 \d+ 人$/);
    const count = Number(
      (await preview.getByTestId('preview-count').textContent())!.replace(/\D/g, ''),
    );
    expect(count).toBeGreaterThan(500);
    await expect(preview).toContainText('需要另一位经理审批');
    await expect(preview.getByTestId('preview-sample')).toContainText(
      'TR1 领袖素质管理将于12月20日开课',
    );
    await checkScreen();
    await page.getByRole('button', { name: '提交审批' }).click();
    await expect(page.getByTestId('campaign-status')).toHaveText('待审批');
    await expect(page.getByTestId('awaiting-approval')).toContainText('需由另一位经理审批');
    await expect(page.getByRole('button', { name: '批准' })).toHaveCount(0);
    await checkScreen();

    // the second manager, told so, opens it from the notification, after a look at the list
    await page.getByTestId('sign-out').click();
    await signIn(approver);
    await openFromMenu(page, '群发短信');
    await expectHeading(page, '群发短信');
    const row = page.getByTestId('campaigns').getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('待审批');
    await checkScreen();
    await page.goto('/notifications');
    await page
      .getByTestId('notifications')
      .getByRole('listitem')
      .filter({ hasText: `群发短信“${name}”待您审批` })
      .getByRole('link', { name: '查看群发短信' })
      .click();
    await expectHeading(page, `群发短信：${name}`);
    await expect(page.getByTestId('awaiting-approval')).toContainText('等待另一位经理审批');
    await checkScreen();
    await page.getByRole('button', { name: '批准' }).click();
    await expect(page.getByTestId('campaign-status')).toHaveText('已批准');
    await checkScreen();

    // its creator, told so, starts it
    await page.getByTestId('sign-out').click();
    await signIn(sender);
    await openFromMenu(page, '群发短信');
    await page
      .getByTestId('campaigns')
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('link', { name })
      .click();
    await expect(page.getByTestId('approved')).toContainText('已批准');
    await page.getByRole('button', { name: '开始发送' }).click();
    // the page follows its progress until all are queued
    await expect(page.getByTestId('queued-count')).toHaveText(`已排队 ${count} / ${count}`, {
      timeout: 30_000,
    });
    await expect(page.getByTestId('campaign-status')).toHaveText(/发送中|已完成/);
    await checkScreen();

    const senderApi = await apiAs(baseURL!, sender);
    const campaigns = await senderApi.call<{ items: Campaign[] }>(
      'GET',
      '/api/sms-campaigns?pageSize=100',
    );
    const campaign = campaigns.items.find((one) => one.name === name)!;
    expect(campaign).toMatchObject({
      recipientCount: count,
      queuedCount: count,
      createdById: sender.id,
      decidedById: approver.id,
    });
    expect(['sending', 'done']).toContain(campaign.status);
    await senderApi.dispose();
  });

  test('an admin writes a group SMS template, previewed before it is saved', async ({
    page,
    admin,
    signIn,
    checkScreen,
  }) => {
    const name = `${onPhone() ? '手机' : '桌面'}春季招生${tag()}${Math.floor(Math.random() * 1e6)}`;
    const boss = await admin.person('admin', `管理员${tag()}`);

    await signIn(boss);
    await openFromMenu(page, '短信模板', '系统管理');
    await expectHeading(page, '短信模板');
    await checkScreen();
    await page.getByRole('button', { name: '新增模板' }).click();
    const dialog = page.getByRole('dialog', { name: '新增短信模板' });
    await dialog.getByLabel('模板名称').fill(name);
    await dialog.getByLabel('模板内容').fill('{name}您好，{course}春季班{startDate}开课。');
    await dialog.getByRole('button', { name: '预览' }).click();
    const preview = dialog.getByTestId('sms-template-preview');
    await expect(preview).toContainText('张三您好，TR1 领袖素质管理春季班5月10日开课。');
    await expect(preview).toContainText(/\d+ 字，1 条计费/);
    await checkScreen();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('sms-templates').getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('群发营销');
    await expect(row).toContainText('启用');
    await checkScreen();
  });

  test('the second manager rejects a large group SMS with a reason; nothing is queued', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const suffix = `${tag()}${Math.floor(Math.random() * 1e6)}`;
    const template = await admin.call<{ id: number }>('POST', '/api/admin/sms-templates', {
      kind: 'group',
      name: `驳回用模板${suffix}`,
      body: '{name}您好，{course}即将开课。',
      active: true,
    });
    const sender = await admin.person('manager', `经理${tag()}`);
    const approver = await admin.person('manager', `审批经理${tag()}`);
    const name = `${onPhone() ? '手机' : '桌面'}待驳回${suffix}`;
    const [from, to] = onPhone() ? ['2021-03-01', '2021-03-14'] : ['2021-01-01', '2021-01-14'];
    const asSender = await apiAs(baseURL!, sender);
    const campaign = await asSender.call<Campaign>('POST', '/api/sms-campaigns', {
      name,
      templateId: template.id,
      values: { course: 'TR2' },
      audience: 'customers',
      filter: { createdFrom: from, createdTo: to },
    });
    await asSender.call('POST', `/api/sms-campaigns/${campaign.id}/start`);

    await signIn(approver);
    await page.goto(`/sms-campaigns/${campaign.id}`);
    await expect(page.getByTestId('campaign-status')).toHaveText('待审批');
    await page.getByRole('button', { name: '驳回' }).click();
    await page.getByLabel('驳回原因').fill('名单过大，请按级别分批发送');
    await checkScreen();
    await page.getByRole('button', { name: '驳回' }).click();
    await expect(page.getByTestId('campaign-status')).toHaveText('已驳回');
    await expect(page.getByText('驳回原因：名单过大，请按级别分批发送')).toBeVisible();
    await checkScreen();

    const after = await asSender.call<Campaign>('GET', `/api/sms-campaigns/${campaign.id}`);
    expect(after).toMatchObject({ status: 'rejected', decidedById: approver.id, queuedCount: 0 });
    await asSender.dispose();
  });

  test("a manager texts one class's students, the class picked by its name: counted, sent without approval", async ({
    page,
    admin,
    baseURL,
    signIn,
    expectAccessible,
    checkScreen,
  }) => {
    const suffix = `${tag()}${Math.floor(Math.random() * 1e6)}`;
    const template = `上课提醒${suffix}`;
    await admin.call('POST', '/api/admin/sms-templates', {
      kind: 'group',
      name: template,
      body: '{name}您好，本周六上课请带好笔记本。',
      active: true,
    });
    const sender = await admin.person('manager', `经理${tag()}`);
    const senderApi = await apiAs(baseURL!, sender);
    const trainingClass = await openClass(senderApi, 3, 5);
    await enrolStudents(senderApi, trainingClass.id, ['班级短信甲', '班级短信乙', '班级短信丙']);
    const name = `${onPhone() ? '手机' : '桌面'}班级群发${suffix}`;

    await signIn(sender);
    await page.goto('/sms-campaigns/new');
    await expectHeading(page, '新建群发短信');
    await page.getByLabel('群发名称').fill(name);
    await choose(page, '短信模板', new RegExp(template));
    await page.getByText('班级学员', { exact: true }).click();
    await choose(page, '班级', new RegExp(`第 ${trainingClass.term} 期`));
    await checkScreen();
    await page.getByRole('button', { name: '预览' }).click();

    await expectHeading(page, `群发短信：${name}`);
    await expect(page.getByTestId('preview-count')).toHaveText('收件人 3 人');
    await expect(page.getByTestId('preview-sample')).toContainText('本周六上课请带好笔记本');
    await page.getByRole('button', { name: '开始发送' }).click();
    await expect(page.getByTestId('queued-count')).toHaveText('已排队 3 / 3', { timeout: 30_000 });
    await expectAccessible();

    const campaigns = await senderApi.call<{ items: Campaign[] }>(
      'GET',
      '/api/sms-campaigns?pageSize=100',
    );
    expect(campaigns.items.find((one) => one.name === name)).toMatchObject({
      recipientCount: 3,
      queuedCount: 3,
      decidedById: null,
    });
  });
});
