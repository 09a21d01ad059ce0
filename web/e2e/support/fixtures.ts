import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { Api, type Person } from './api';
import { onPhone } from './console-helpers';

/**
 * Words of Element Plus's English locale (and other framework defaults) that must never
 * show: their presence means a screen fell back to English.
 */
const ENGLISH_FRAMEWORK_TEXT = [
  'Page Size',
  'Go to',
  'Total ',
  '/page',
  'No Data',
  'Start date',
  'End date',
  'Start Date',
  'End Date',
  'Select date',
  'Loading',
  'Cancel',
  'Confirm',
  'Clear',
  'Search',
  'No matching data',
];

interface Fixtures {
  /** the API as the admin, for set-up */
  admin: Api;
  /** signs a person in through the sign-in page, as they would */
  signIn: (person: Person) => Promise<void>;
  /** no serious or critical accessibility violation on the page as it is now */
  expectAccessible: (page?: Page) => Promise<void>;
  /** the page fits the window's width: nothing to scroll sideways (§10) */
  expectNoSideways: (page?: Page) => Promise<void>;
  /** no English framework text on the page as it is now */
  expectAllChinese: (page?: Page) => Promise<void>;
  /**
   * the checks every screen a story visits passes, once it has finished loading: accessible,
   * all Chinese, and on the phone nothing to scroll sideways
   */
  checkScreen: (page?: Page) => Promise<void>;
}

/** The stories' test: a signed-in admin API for set-up, and the checks every screen passes. */
export const test = base.extend<Fixtures>({
  admin: async ({ baseURL }, use) => {
    const admin = await Api.admin(baseURL!);
    await use(admin);
    await admin.dispose();
  },
  signIn: async ({ page }, use) => {
    await use(async (person) => {
      await page.goto('/sign-in');
      await page.getByLabel('用户名').fill(person.username);
      await page.getByLabel('密码', { exact: true }).fill(person.password);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(
        page.getByTestId('sign-out').or(page.getByRole('heading', { name: '首次登录请修改密码' })),
      ).toBeVisible();
    });
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const grave = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(
        grave.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
    });
  },
  expectNoSideways: async ({ page }, use) => {
    await use(async (target = page) => {
      const overflow = await target.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'the page is wider than the window').toBeLessThanOrEqual(0);
    });
  },
  expectAllChinese: async ({ page }, use) => {
    await use(async (target = page) => {
      const text = await target.locator('body').innerText();
      expect(ENGLISH_FRAMEWORK_TEXT.filter((words) => text.includes(words))).toEqual([]);
    });
  },
  checkScreen: async ({ page, expectAccessible, expectAllChinese, expectNoSideways }, use) => {
    await use(async (target = page) => {
      // a loading mask fading out would dim the text under it
      await expect(target.locator('.el-loading-mask').filter({ visible: true })).toHaveCount(0);
      await expectAccessible(target);
      await expectAllChinese(target);
      if (onPhone()) await expectNoSideways(target);
    });
  },
});

export { expect };
