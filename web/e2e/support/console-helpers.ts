import { expect, test, type Locator, type Page } from '@playwright/test';
import { Api, type Person } from './api';

/** Whether this run is one of the 375 px phone projects (phone, phone-alone). */
export const onPhone = () => test.info().project.name.startsWith('phone');

/**
 * Opens a page through the side menu as a person would: on a phone the menu first opens as
 * a drawer. `group` names a sub-menu (系统管理) to unfold first.
 */
export async function openFromMenu(page: Page, entry: string, group?: string): Promise<void> {
  if (onPhone()) await page.getByRole('button', { name: '菜单' }).click();
  const menu = page.locator('.console-menu').last();
  const item = menu.getByRole('menuitem', { name: entry, exact: true });
  // unfold the group unless it is open already (a second click would fold it)
  if (group && !(await item.isVisible())) await menu.getByText(group, { exact: true }).click();
  await item.click();
}

/** The names in the side menu (opened as a drawer on a phone, closed again). */
export async function menuNames(page: Page): Promise<string> {
  if (onPhone()) await page.getByRole('button', { name: '菜单' }).click();
  // every entry, also those of a sub-menu not unfolded
  const text = (await page.locator('.console-menu').last().textContent()) ?? '';
  if (onPhone()) await page.keyboard.press('Escape');
  return text;
}

/** The API as one person, for set-up of what they own. */
export function apiAs(baseURL: string, person: Person): Promise<Api> {
  return Api.as(baseURL, person.username, person.password);
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

/** A short suffix of Chinese characters that tells this run's people and customers apart. */
export function tag(): string {
  const pool = [...'春夏秋冬东南西北金木水火土山川云雨风雪松竹梅兰菊桃李杏柳星月光明'];
  return [0, 1, 2].map(() => pool[Math.floor(Math.random() * pool.length)]).join('');
}

/** The business day (Asia/Shanghai) `offset` days from now, `YYYY-MM-DD`. */
export function businessDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 24 * 3600_000).toISOString().slice(0, 10);
}

/** An API time (`…+08:00`) on the business day `offset` days away, at `time`. */
export function businessTime(offset: number, time: string): string {
  return `${businessDay(offset)}T${time}:00+08:00`;
}

/** A customer as the API answers its creation. */
export interface CreatedCustomer {
  id: number;
  code: string;
  name: string;
  version: number;
}

/** A customer of `api`'s user, with a mobile no other story uses unless one is given. */
export async function createCustomer(
  api: Api,
  body: Record<string, unknown> & { name: string },
): Promise<CreatedCustomer & { mobile: string }> {
  const mobile = (body.mobile as string | undefined) ?? uniqueMobile();
  const created = await api.call<CreatedCustomer>('POST', '/api/customers', { ...body, mobile });
  return { ...created, mobile };
}

/** The page's one heading. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/**
 * A field's accessible name, exactly, with or without the asterisk a required field's label
 * shows before it (Element Plus draws it in the label, so it is part of the name).
 */
export function fieldName(label: string): RegExp {
  return new RegExp(`^\\*?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The form item of the drop-down labelled `label`: it shows the option chosen. */
export function selectField(page: Page, label: string) {
  return page
    .locator('.el-form-item')
    .filter({ has: page.getByRole('combobox', { name: fieldName(label) }) });
}

/**
 * Chooses `option` of the drop-down (Element Plus select) labelled `label`, as a person
 * would: a click on its box (a placeholder lies over the input of a plain one), typing
 * `search` first when given, then on the option.
 */
export async function choose(
  page: Page,
  label: string,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const field = page.getByRole('combobox', { name: fieldName(label) });
  await page.locator('.el-select__wrapper').filter({ has: field }).click();
  if (search) await field.fill(search);
  const choice = page.getByRole('option', { name: option, exact: typeof option === 'string' });
  await choice.click();
  try {
    await expect(choice).toBeHidden({ timeout: 3_000 });
  } catch {
    // a click that lands while the list is still opening (a busy machine) is not taken
    await choice.click();
    await expect(choice).toBeHidden();
  }
}

/**
 * Types a business wall time (`YYYY-MM-DD HH:mm`) into the date-time picker labelled `label`,
 * as a keyboard user would, and waits for its panel to be gone (it would lie over the form).
 */
export async function typeDateTime(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(fieldName(label));
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value);
  await expect(page.locator('.el-picker__popper').filter({ visible: true })).toHaveCount(0);
}

/** Ticks or unticks a checkbox by clicking its label (Element Plus hides the box itself). */
export async function tick(checkbox: Locator): Promise<void> {
  await checkbox.locator('xpath=ancestor::label[1]').click();
}
