import { expect, type Locator, type Page } from '@playwright/test';

/** The list's row (desk) or card (phone) of the customer with this code. */
export function customerRow(page: Page, code: string): Locator {
  return page.locator('tr.customer-row, li.card').filter({ hasText: code });
}

/**
 * Chooses an option of the select labelled `label`, as a person does: a click on the
 * select's box (its placeholder lies over the input), which waits until no closing dropdown
 * covers it, then on the option.
 */
export async function pick(page: Page, label: string, option: string | RegExp): Promise<void> {
  const select = page.locator('.el-select', { has: page.getByLabel(label, { exact: true }) });
  await select.locator('.el-select__wrapper').click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
  await expect(page.getByLabel(label, { exact: true })).toHaveAttribute('aria-expanded', 'false');
}

/** Searches the customer list with its one box. */
export async function searchCustomers(page: Page, q: string): Promise<void> {
  await page.getByLabel('搜索客户').fill(q);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q)}`));
}
