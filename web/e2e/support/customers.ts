import { expect, type Locator, type Page } from '@playwright/test';
import { Api, type Person } from './api';

/** A customer as the API answers its creation. */
export interface CreatedCustomer {
  id: number;
  code: string;
  name: string;
  version: number;
}

let made = 0;

/**
 * A mobile no other story uses: 13x/15x/18x followed by digits of the clock and a counter
 * (the seeded base uses 1990…, never these).
 */
export function uniqueMobile(): string {
  made += 1;
  const prefix = ['135', '136', '137', '150', '151', '188'][Math.floor(Math.random() * 6)];
  const digits = (Date.now() * 37 + made * 7919 + Math.floor(Math.random() * 1e6)) % 1e8;
  return `${prefix}${String(digits).padStart(8, '0')}`;
}

/** A short suffix that tells this run's people and customers apart. */
export function tag(): string {
  const pool = [...'春夏秋冬东南西北金木水火土山川云雨风雪松竹梅兰菊桃李杏柳星月光明'];
  return [0, 1, 2].map(() => pool[Math.floor(Math.random() * pool.length)]).join('');
}

/** The API as `person`, for set-up that person may do (admins see no customers). */
export function apiAs(baseURL: string, person: Person): Promise<Api> {
  return Api.as(baseURL, person.username, person.password);
}

export async function createCustomer(
  api: Api,
  body: Record<string, unknown> & { name: string },
): Promise<CreatedCustomer & { mobile: string }> {
  const mobile = (body.mobile as string | undefined) ?? uniqueMobile();
  const created = await api.call<CreatedCustomer>('POST', '/api/customers', { ...body, mobile });
  return { ...created, mobile };
}

/** The list's row (desk) or card (phone) of the customer with this code. */
export function customerRow(page: Page, code: string): Locator {
  return page.locator('tr.customer-row, li.card').filter({ hasText: code });
}

/** Opens the side menu on a phone (a drawer), then the entry. */
export async function openMenuEntry(page: Page, name: string): Promise<void> {
  const menuButton = page.getByRole('button', { name: '菜单' });
  if (await menuButton.isVisible()) await menuButton.click();
  await page.getByRole('menuitem', { name, exact: true }).click();
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

export const isPhone = (projectName: string) => projectName === 'phone';
