/**
 * The lists as people use them (issue 9 items 4-5, issue 12): at 390 x 844 every list of every
 * role fits the screen (cards, no horizontal page scroll) with its actions reachable; on the
 * desktop the search finds a customer by part of the name, sorting by customer gives name order
 * and the total never promises more rows than the list shows.
 */
import { expect, test, type Page } from '@playwright/test';
import { loginAs, siteUrl } from './support';

// 13 lists per role on a shared 2-core machine
test.describe.configure({ timeout: 300_000 });

const PHONE = { width: 390, height: 844 };
const LISTS = [
  '/orders',
  '/dossiers',
  '/payment_links',
  '/profiles',
  '/documents',
  '/document_versions',
  '/step_instances',
  '/messages',
  '/payment_reminders',
  '/products',
  '/steps',
  '/document_types',
  '/agents',
];

/** Waits for a list to settle (rows, cards or the empty state, or the role's refusal). */
async function settled(page: Page) {
  await expect(
    page
      .locator('.RaList-main, [data-testid="list-empty"], .RaList-noResults')
      .or(page.getByText(/does not allow/))
      .first(),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const role of ['admin', 'manager', 'agent', 'reviewer'] as const) {
  test(`at 390 px every list fits the screen for the ${role}`, async ({ page }) => {
    await loginAs(page, role);
    await page.setViewportSize(PHONE);
    for (const path of LISTS) {
      await page.goto(siteUrl(path));
      await settled(page);
      expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      // a list with rows shows them as cards, not as a table
      if (await page.locator('.RaList-main .MuiList-root li').count()) {
        await expect(page.locator('.RaList-main table')).toHaveCount(0);
      }
    }
  });
}

test('at 390 px the agent reaches Create and Export on payment links, and the search box', async ({ page }) => {
  await loginAs(page, 'agent');
  await page.setViewportSize(PHONE);
  await page.goto(siteUrl('/payment_links'));
  await settled(page);
  for (const control of [
    page.getByRole('link', { name: /create/i }),
    page.getByRole('button', { name: /export/i }),
    page.getByPlaceholder('Search'),
  ]) {
    await expect(control.first()).toBeInViewport();
  }
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('the search finds a customer by part of the name, and orders by their customer', async ({ page }) => {
  await loginAs(page, 'manager');
  await page.goto(siteUrl('/profiles'));
  await page.getByPlaceholder('Search').fill('loe cus');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await expect(page.locator('tbody tr').first()).toContainText('Chloe Customer');
  await expect(page).toHaveURL(/filter=.*loe%20cus/);

  await page.goto(siteUrl('/orders'));
  await page.getByPlaceholder('Search').fill('chloe cus');
  await expect(page).toHaveURL(/filter=.*chloe%20cus/);
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toContainText('Chloe Customer');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Chloe Customer');
});

/**
 * Every column that shows a reference's label sorts by that label (issue 12, references as people
 * read them): a click on the header asks for `sort=<alias>.<column>` and the rows come back in the
 * label's order (PostgREST orders by the to-one embed, src/providers/listSorts.ts). Rows whose
 * label is empty ("-") come last. One login per worker for all of them (the admin reads every list).
 */
const LABEL_SORTS = [
  { list: '/orders', column: 'user_id', sort: 'customer.full_name' },
  { list: '/orders', column: 'product_id', sort: 'product.name' },
  { list: '/dossiers', column: 'user_id', sort: 'customer.full_name' },
  { list: '/dossiers', column: 'product_id', sort: 'product.name' },
  { list: '/payment_links', column: 'product_id', sort: 'product.name' },
  { list: '/payment_reminders', column: 'user_id', sort: 'customer.full_name' },
  { list: '/step_instances', column: 'step_id', sort: 'step.label' },
  { list: '/documents', column: 'document_type_id', sort: 'document_type.label' },
  { list: '/document_types', column: 'required_step_id', sort: 'required_step.label' },
];

/** The labels in the order a person expects: by name, ignoring case and accents; empty ones last. */
const inLabelOrder = (labels: string[]) => {
  const named = labels.filter((label) => label !== '-' && label !== '');
  const empty = labels.filter((label) => label === '-' || label === '');
  return [...named.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })), ...empty];
};

test.describe('sorting by the label a column shows', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await loginAs(page, 'admin');
  });
  test.afterAll(async () => {
    await page.close();
  });

  for (const { list, column, sort } of LABEL_SORTS) {
    test(`${list} sorted by ${column} gives the order of its label (${sort})`, async () => {
      await page.goto(siteUrl(`${list}?perPage=25`));
      const cells = page.locator(`tbody tr td.column-${column}`);
      await expect(cells.first()).toBeVisible({ timeout: 30_000 });
      const labels = async () => (await cells.allInnerTexts()).map((text) => text.trim());
      // the first page, in the list's default order, shows several labels (else sorting proves
      // nothing); the labels come with the references, after the rows: wait for them
      await expect
        .poll(async () => new Set(await labels()).size, { message: `${list} shows more than one ${column}`, timeout: 30_000 })
        .toBeGreaterThan(1);
      await page.locator(`thead [data-field="${sort}"]`).click({ timeout: 45_000 });
      await expect(page).toHaveURL(new RegExp(`sort=${sort.replace('.', '\\.')}`));
      // react-admin keeps the previous rows on screen until the sorted page has arrived
      await expect
        .poll(
          async () => {
            const shown = await labels();
            return shown.join(' | ') === inLabelOrder(shown).join(' | ') ? 'in label order' : shown.join(' | ');
          },
          { timeout: 45_000 },
        )
        .toBe('in label order');
    });
  }
});

test('the total of a list is the rows the agent sees, never more', async ({ page }) => {
  await loginAs(page, 'agent');
  await page.goto(siteUrl('/orders?perPage=100'));
  await settled(page);
  const rows = await page.locator('tbody tr').count();
  if (rows > 0) await expect(page.locator('.MuiTablePagination-displayedRows')).toHaveText(new RegExp(`of ${rows}$`));
});
