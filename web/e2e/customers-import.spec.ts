import { expect, test } from './support/fixtures';
import { tag, uniqueMobile } from './support/console-helpers';
import { customerRow, searchCustomers } from './support/customers';
import type { Download } from '@playwright/test';

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

test('the import wizard checks a file, shows the bad row with its reason and imports the good ones', async ({
  page,
  admin,
  signIn,
  checkScreen,
}) => {
  const manager = await admin.person('manager', `经理${tag()}`);
  const good = [`导入甲${tag()}`, `导入乙${tag()}`];
  const csv = [
    '姓名*,手机*,级别,类别',
    `${good[0]},${uniqueMobile()},A,学员`,
    `导入坏${tag()},12345,B,潜在客户`,
    `${good[1]},${uniqueMobile()},C,潜在客户`,
  ].join('\n');

  await signIn(manager);
  await page.goto('/customers');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('heading', { name: '导入客户' })).toBeVisible();
  await checkScreen();

  const template = page.waitForEvent('download');
  await page.getByTestId('template').click();
  const templateBytes = await bytesOf(await template);
  expect(templateBytes.subarray(0, 2).toString('latin1')).toBe('PK');

  await page.getByLabel('导入文件').setInputFiles({
    name: 'customers.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByTestId('check').click();
  await expect(page.getByTestId('check-summary')).toHaveText('共 3 行：2 行可以导入，1 行有问题。');
  const badRows = page.getByTestId('bad-rows');
  await expect(badRows).toContainText('3');
  await expect(badRows).toContainText('手机');
  await checkScreen();

  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('import-done')).toContainText('已导入 2 行，1 行未导入。');
  const rejected = page.waitForEvent('download');
  await page.getByTestId('rejected-file').click();
  const rejectedBytes = await bytesOf(await rejected);
  expect(rejectedBytes.subarray(0, 2).toString('latin1')).toBe('PK');

  await page.goto('/customers');
  await searchCustomers(page, good[0]);
  // the imported customer is found by the search (its terms were written by the import)
  await expect(customerRow(page, good[0])).toBeVisible();
});
