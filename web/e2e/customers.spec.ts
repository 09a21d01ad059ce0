import { expect, test } from './support/fixtures';
import { apiAs, createCustomer, openFromMenu, tag, uniqueMobile } from './support/console-helpers';
import { customerRow, pick, searchCustomers } from './support/customers';

test.describe('customers', () => {
  test('a coordinator finds a customer by pinyin initials, opens the 360 page and reveals the phone', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const coordinator = await admin.person('coordinator', `顾问${tag()}`);
    const api = await apiAs(baseURL!, coordinator);
    const customer = await createCustomer(api, {
      name: '张晓明',
      level: 'A',
      statusTag: 'interested',
      provinceCode: '44',
      cityCode: '4401',
    });
    const referral = await createCustomer(api, { name: `朋友${tag()}`, introducerId: customer.id });
    await api.dispose();

    await signIn(coordinator);
    await openFromMenu(page, '客户');
    await expect(page.getByRole('heading', { name: '客户', level: 1 })).toBeVisible();
    await searchCustomers(page, 'zxm');
    const row = customerRow(page, customer.code);
    await expect(row).toBeVisible();
    await expect(row).toContainText('有意向');
    // masked in the list: the middle four digits hidden
    const masked = `${customer.mobile.slice(0, 3)}****${customer.mobile.slice(7)}`;
    await expect(row.getByTestId('masked-phone')).toHaveText(masked);
    await checkScreen();

    // the search survives a reload (it is in the address)
    await page.reload();
    await expect(page.getByLabel('搜索客户')).toHaveValue('zxm');
    await expect(customerRow(page, customer.code)).toBeVisible();

    await customerRow(page, customer.code).getByTestId('customer-link').click();
    await expect(page.getByTestId('customer-name')).toHaveText('张晓明');
    const profile = page.getByTestId('customer-profile');
    await expect(profile).toContainText(customer.code);
    await expect(profile).toContainText('广东省 广州市');
    await expect(profile.getByTestId('masked-phone')).toHaveText(masked);
    await profile.getByRole('button', { name: '显示号码' }).click();
    await expect(profile.getByTestId('full-phone')).toHaveText(customer.mobile);

    for (const name of ['资料', '状态变化', '转介绍', '跟进计划', '跟进记录', '客户关怀'])
      await expect(page.getByRole('tab', { name })).toBeVisible();
    // a coordinator edits, but has none of the managers' actions
    await expect(page.getByTestId('edit')).toBeVisible();
    for (const action of ['transfer', 'gold-imo', 'delete', 'erase'])
      await expect(page.getByTestId(action)).toHaveCount(0);
    await checkScreen();

    await page.getByRole('tab', { name: '状态变化' }).click();
    await expect(page.getByTestId('status-history')).toContainText('有意向');
    await page.getByRole('tab', { name: '转介绍' }).click();
    const tree = page.getByTestId('referral-tree');
    await expect(tree).toContainText('第 1 层');
    await expect(tree.getByRole('link', { name: referral.name })).toBeVisible();
    await page.getByRole('tab', { name: '跟进计划' }).click();
    await expect(page.getByTestId('new-plan')).toHaveAttribute(
      'href',
      `/plans/new?customerId=${customer.id}`,
    );
    await page.getByRole('tab', { name: '客户关怀' }).click();
    await expect(page.getByTestId('customer-care')).toContainText('即将发送的关怀短信');
    await expect(page.getByRole('link', { name: '查看全部关怀' })).toHaveAttribute(
      'href',
      `/care?customerId=${customer.id}`,
    );
    await checkScreen();
  });

  test('a coordinator creates a customer with dictionary selects, the cascader and an introducer; a taken phone is named', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const coordinator = await admin.person('coordinator', `顾问${tag()}`);
    const api = await apiAs(baseURL!, coordinator);
    const existing = await createCustomer(api, { name: `王${tag()}` });
    const introducer = await createCustomer(api, { name: `介绍人${tag()}` });
    await api.dispose();
    const name = `新客户${tag()}`;

    await signIn(coordinator);
    await page.goto('/customers');
    await page.getByTestId('new-customer').click();
    await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
    await checkScreen();

    await page.getByLabel('姓名').fill(name);
    // another customer's number, typed as people type it: named as soon as it is complete
    await page
      .getByLabel('手机', { exact: true })
      .fill(
        `${existing.mobile.slice(0, 3)} ${existing.mobile.slice(3, 7)} ${existing.mobile.slice(7)}`,
      );
    await expect(page.getByTestId('duplicate-mobile')).toContainText(
      `此手机号已登记在客户 ${existing.name}（${existing.code}）名下`,
    );
    const mobile = uniqueMobile();
    await page.getByLabel('手机', { exact: true }).fill(mobile);
    await expect(page.getByTestId('duplicate-mobile')).toBeHidden();

    await pick(page, '行业', '教育培训');
    await pick(page, '学历', '本科');
    await pick(page, '来源', '老学员转介绍');
    await pick(page, '级别', 'A（重要）');

    await page.getByTestId('region-cascader').click();
    await page.locator('.el-cascader-node', { hasText: '广东省' }).click();
    await page.locator('.el-cascader-node', { hasText: '深圳市' }).click();
    await expect(page.getByTestId('region-cascader').locator('input')).toHaveValue(
      /广东省.*深圳市/,
    );

    const picker = page.getByRole('combobox', { name: '介绍人' });
    await picker.click();
    await picker.fill(introducer.code);
    await page.getByRole('option', { name: new RegExp(introducer.code) }).click();

    await page.getByTestId('save').click();
    await expect(page.getByTestId('customer-name')).toHaveText(name);
    const profile = page.getByTestId('customer-profile');
    await expect(profile).toContainText('教育培训');
    await expect(profile).toContainText('本科');
    await expect(profile).toContainText('老学员转介绍');
    await expect(profile).toContainText('A（重要）');
    await expect(profile).toContainText('广东省 深圳市');
    await expect(profile.getByRole('link', { name: new RegExp(introducer.name) })).toBeVisible();

    // the server's own refusal, beside the field, when the number is taken after all
    await page.getByTestId('edit').click();
    await expect(page.getByRole('heading', { name: '编辑客户' })).toBeVisible();
    await page.getByLabel('手机', { exact: true }).fill(existing.mobile);
    await expect(page.getByTestId('duplicate-mobile')).toContainText(existing.name);
    await page.getByTestId('save').click();
    await expect(page.locator('.el-form-item__error')).toContainText(existing.code);
  });

  test('a manager exports the filtered list as .xlsx; a coordinator has no export button', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const manager = await admin.person('manager', `经理${tag()}`);
    const coordinator = await admin.person('coordinator', `顾问${tag()}`);
    const api = await apiAs(baseURL!, manager);
    const name = `导出${tag()}`;
    const customer = await createCustomer(api, { name, category: 'student' });
    await api.dispose();

    await signIn(manager);
    await page.goto('/customers');
    await searchCustomers(page, name);
    await page.getByRole('button', { name: '筛选' }).click();
    await pick(page, '类别', '学员');
    await page.getByTestId('apply-filters').click();
    await expect(page).toHaveURL(/category=student/);
    await expect(customerRow(page, customer.code)).toBeVisible();
    await checkScreen();

    const download = page.waitForEvent('download');
    await page.getByTestId('export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    await page.getByTestId('sign-out').click();
    await signIn(coordinator);
    await page.goto('/customers');
    await expect(page.getByRole('heading', { name: '客户', level: 1 })).toBeVisible();
    await expect(page.getByTestId('new-customer')).toBeVisible();
    await expect(page.getByTestId('export')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '导入', exact: true })).toHaveCount(0);
  });

  test('a manager gives a customer to another owner, deletes it and restores it', async ({
    page,
    admin,
    baseURL,
    signIn,
    expectAccessible,
    checkScreen,
  }) => {
    const manager = await admin.person('manager', `经理${tag()}`);
    const first = await admin.person('coordinator', `原顾问${tag()}`);
    const next = await admin.person('coordinator', `新顾问${tag()}`);
    const api = await apiAs(baseURL!, first);
    const customer = await createCustomer(api, { name: `转移${tag()}` });
    await api.dispose();

    await signIn(manager);
    await page.goto(`/customers/${customer.id}`);
    const profile = page.getByTestId('customer-profile');
    await expect(profile).toContainText(first.displayName);
    await expectAccessible();

    await page.getByTestId('transfer').click();
    const dialog = page.getByRole('dialog', { name: '转给他人跟进' });
    await dialog.getByLabel('新的跟进人').click();
    await dialog.getByLabel('新的跟进人').fill(next.displayName);
    await page.getByRole('option', { name: next.displayName }).click();
    await checkScreen();
    await dialog.getByTestId('confirm-transfer').click();
    await expect(page.getByText(`已转给 ${next.displayName} 跟进`)).toBeVisible();
    await expect(profile).toContainText(next.displayName);
    await page.getByRole('tab', { name: '状态变化' }).click();
    await expect(page.getByTestId('status-history')).toContainText('跟进人');

    await page.getByTestId('gold-imo').click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByTestId('gold-imo-tag')).toBeVisible();

    await page.getByTestId('delete').click();
    await expect(page.getByRole('dialog')).toContainText(`确定删除客户 ${customer.name}`);
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByText('客户已删除')).toBeVisible();
    await expect(page.getByRole('heading', { name: '客户', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: '筛选' }).click();
    await page.getByTestId('show-deleted').click();
    await page.getByTestId('apply-filters').click();
    await expect(page.getByRole('heading', { name: '已删除的客户' })).toBeVisible();
    const row = customerRow(page, customer.code);
    await expect(row).toBeVisible();
    await checkScreen();
    await row.getByTestId('restore').click();
    await page.getByRole('button', { name: '确定' }).click();
    await expect(page.getByText('客户已恢复')).toBeVisible();
    await expect(customerRow(page, customer.code)).toHaveCount(0);

    await page.goto(`/customers/${customer.id}`);
    await expect(page.getByTestId('customer-name')).toHaveText(customer.name);
  });

  test('a manager erases the personal data of a customer, giving the reason', async ({
    page,
    admin,
    baseURL,
    signIn,
    checkScreen,
  }) => {
    const manager = await admin.person('manager', `经理${tag()}`);
    const api = await apiAs(baseURL!, manager);
    const customer = await createCustomer(api, { name: `抹除${tag()}` });
    await api.dispose();

    await signIn(manager);
    await page.goto(`/customers/${customer.id}`);
    await expect(page.getByTestId('customer-name')).toHaveText(customer.name);
    await page.getByTestId('erase').click();
    const dialog = page.getByRole('dialog', { name: '永久抹除个人信息' });
    await expect(dialog).toContainText('无法恢复');
    await expect(dialog.getByTestId('confirm-erase')).toBeDisabled();
    await dialog.getByLabel('抹除原因（如客户的申请）').fill('客户来电要求删除个人信息');
    await checkScreen();
    await dialog.getByTestId('confirm-erase').click();

    await expect(page.getByText('这位客户的个人信息已被抹除。')).toBeVisible();
    await expect(page.getByTestId('customer-name')).not.toHaveText(customer.name);
    await expect(page.getByTestId('edit')).toHaveCount(0);
    await expect(page.getByTestId('erase')).toHaveCount(0);
  });
});
