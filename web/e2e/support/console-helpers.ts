import { expect, test, type Locator, type Page } from '@playwright/test';
import { Api, type Person } from './api';

/** Whether this run is the 375 px phone project. */
export const onPhone = () => test.info().project.name === 'phone';

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

/** A mainland mobile number no other test uses. */
export function uniqueMobile(): string {
  return `139${String(Date.now() % 1e5).padStart(5, '0')}${String(Math.floor(Math.random() * 1e3)).padStart(3, '0')}`;
}

/** The business day (Asia/Shanghai) `offset` days from now, `YYYY-MM-DD`. */
export function businessDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 24 * 3600_000).toISOString().slice(0, 10);
}

export async function createCustomer(
  api: Api,
  fields: Record<string, unknown> & { name: string },
): Promise<{ id: number; code: string; name: string; version: number }> {
  return api.call('POST', '/api/customers', { mobile: uniqueMobile(), ...fields });
}

/** The page's one heading. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/**
 * Chooses an option of a drop-down (Element Plus select) named `name`, as a person would:
 * a click on the field, then on the option.
 */
export async function choose(page: Page, name: string, option: string): Promise<void> {
  await page
    .getByRole('combobox', { name, exact: true })
    .locator('xpath=ancestor::div[contains(@class, "el-select__wrapper")][1]')
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Ticks or unticks a checkbox by clicking its label (Element Plus hides the box itself). */
export async function tick(checkbox: Locator): Promise<void> {
  await checkbox.locator('xpath=ancestor::label[1]').click();
}
