import { expect, test } from './support/fixtures';
import { tag } from './support/console-helpers';
import type { Page } from '@playwright/test';

/** The seeded base (support/seed-customers.mjs): the list must stay quick at this size. */
const BASE = 100_000;
const FIRST_ROW = 'tr.customer-row, li.card';
const VISITS = 3;

/**
 * Opens the list from the side menu and times it in the page, by its own clock: from the
 * click on the entry to the frame that shows the first row (the test runner's own polling
 * is not counted). Returns the time and the list's total.
 */
async function openListTimed(page: Page): Promise<{ ms: number; total: number }> {
  // on a phone the menu is a drawer: opened first, the clock starts at the entry's click
  const menuButton = page.getByRole('button', { name: '菜单' });
  if (await menuButton.isVisible()) await menuButton.click();
  const entry = page.getByRole('menuitem', { name: '客户', exact: true });
  await expect(entry).toBeVisible();
  await page.evaluate((selector) => {
    const timing = window as unknown as { firstRowMs: Promise<number> };
    timing.firstRowMs = new Promise((resolve) => {
      let clickedAt = 0;
      document.addEventListener('click', () => (clickedAt = performance.now()), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (!clickedAt || !document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, FIRST_ROW);
  const answer = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/customers',
  );
  await entry.click();
  await expect(page.locator(FIRST_ROW).first()).toBeVisible();
  const ms = await page.evaluate(
    () => (window as unknown as { firstRowMs: Promise<number> }).firstRowMs,
  );
  const { total } = (await (await answer).json()) as { total: number };
  return { ms: Math.round(ms), total };
}

test('the customer list of 100,000 customers shows its first page within a second', async ({
  page,
  admin,
  signIn,
}) => {
  const coordinator = await admin.person('coordinator', `顾问${tag()}`);
  await signIn(coordinator);

  // The first visit loads the list's code as well; the next ones are a user's return to it.
  // The median of three tells the page's speed from the noise of a busy machine.
  const times: number[] = [];
  for (let visit = 1; visit <= VISITS; visit += 1) {
    if (visit > 1) {
      await page.goto('/');
      await expect(page.getByTestId('sign-out')).toBeVisible();
    }
    const { ms, total } = await openListTimed(page);
    expect(total).toBeGreaterThanOrEqual(BASE);
    times.push(ms);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(VISITS / 2)];
  console.log(
    `customer list first page (${test.info().project.name}, ${BASE}+ customers): first visit ${times[0]} ms, then ${times.slice(1).join(' ms, ')} ms; median ${median} ms`,
  );
  expect(median).toBeLessThanOrEqual(1000);
});
