import { expect, type Page } from '@playwright/test';
import type { Api } from './api';

/**
 * Set-up for the follow-up stories (workbench, plans, records, inbox): customers, plans and
 * records made through the API, and the business time (Asia/Shanghai) the forms speak.
 */
const DAY_MS = 24 * 3600_000;

/** A short tag that keeps the names of one test apart from the other project's run. */
export function tag(): string {
  return String(Math.floor(Math.random() * 9000) + 1000);
}

/** `YYYY-MM-DD` of the business day `offset` days from today. */
export function businessDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * DAY_MS).toISOString().slice(0, 10);
}

/** An API time (`…+08:00`) on the business day `offset` days away, at `time`. */
export function businessTime(offset: number, time: string): string {
  return `${businessDay(offset)}T${time}:00+08:00`;
}

/** A customer of `api`'s user, with a random mobile number (unique in practice). */
export async function customer(
  api: Api,
  name: string,
): Promise<{ id: number; code: string; name: string }> {
  const mobile = `13${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  return api.call('POST', '/api/customers', { name, mobile });
}

export async function typeId(api: Api, code: string): Promise<number> {
  const types = await api.call<{ id: number; code: string }[]>('GET', '/api/interaction-types');
  return types.find((type) => type.code === code)!.id;
}

export interface PlanRef {
  id: number;
  version: number;
}

export async function plan(
  api: Api,
  body: { customerId: number; typeId: number; content: string; dueAt: string },
): Promise<PlanRef> {
  return (await api.call<{ plan: PlanRef }>('POST', '/api/plans', body)).plan;
}

/** Opens a page of the side menu as a person would: through the drawer on a phone. */
export async function openFromMenu(page: Page, label: string): Promise<void> {
  const menuButton = page.getByRole('button', { name: '菜单' });
  if (await menuButton.isVisible()) await menuButton.click();
  await page.getByRole('menuitem', { name: label }).click();
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

/** Chooses `option` of the drop-down labelled `label`, typing `search` first when given. */
export async function choose(
  page: Page,
  label: string,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  const field = page.getByRole('combobox', { name: fieldName(label) });
  // the box around the input opens it (a placeholder lies over the input of a plain one)
  await page.locator('.el-select__wrapper').filter({ has: field }).click();
  if (search) await field.fill(search);
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('option', { name: option })).toBeHidden();
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
