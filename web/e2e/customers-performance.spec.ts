import { expect, test } from './support/fixtures';
import { tag } from './support/customers';

/** The seeded base (support/seed-customers.mjs): the list must stay quick at this size. */
const BASE = 100_000;

test('the customer list of 100,000 customers shows its first page within a second', async ({
  page,
  admin,
  signIn,
}) => {
  const coordinator = await admin.person('coordinator', `顾问${tag()}`);
  await signIn(coordinator);
  // on a phone the menu is a drawer: opened first, the clock starts at the entry's click
  const menuButton = page.getByRole('button', { name: '菜单' });
  if (await menuButton.isVisible()) await menuButton.click();
  const entry = page.getByRole('menuitem', { name: '客户', exact: true });
  await expect(entry).toBeVisible();

  const answer = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/customers',
  );
  // the first visit: the list's code is loaded too
  const started = Date.now();
  await entry.click();
  await expect(page.locator('tr.el-table__row, li.card').first()).toBeVisible();
  const elapsed = Date.now() - started;
  const { total } = (await (await answer).json()) as { total: number };

  console.log(
    `customer list first page (${test.info().project.name}, ${total} customers): ${elapsed} ms`,
  );
  expect(total).toBeGreaterThanOrEqual(BASE);
  expect(elapsed).toBeLessThanOrEqual(1000);
});
