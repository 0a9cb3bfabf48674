import { expect, test, type Page } from '@playwright/test';
import { PHONE, SCREENS_WITHOUT_RECORDS, STAFF_ROLES, loginAs, menuPaths, pushPath, switchToFrench, type StaffRole } from './screens';

/** Words of the English UI that must not be left on a French screen (not "Customer" / "Welcome": demo data holds them). */
const ENGLISH_WORDS = [
  'Created',
  'Updated',
  'Status',
  'Search',
  'Export',
  'Filter',
  'Loading',
  'Pending',
  'Dashboard',
  'Rows per page',
  'Previous',
  'Next',
  'Nothing to show',
  'Review queue',
  'My work',
  'Step assignment',
  'Show',
  'Edit',
  'Delete',
  'Save',
  'Orders',
  'Payment links',
  'Timeline',
  'Amount',
  'Opened',
  'Completed',
  'Unassigned',
];

const problemsOf = async (page: Page, path: string) => {
  const problems: string[] = [];
  const landed = new URL(page.url()).pathname;
  if (landed === '/access-denied' && path !== landed) problems.push(`a menu screen refused: ${path} went to /access-denied`);
  const text = await page.locator('body').innerText({ timeout: 45_000 });
  if (text.includes('||||')) problems.push('a plural key printed with ||||');
  const rawKey = /\b(?:resources|ops|app|ra)\.[a-z_]+\.[a-z_.]+/.exec(text);
  if (rawKey) problems.push(`raw translation key ${rawKey[0]}`);
  const usDate = /\b\d{1,2}\/\d{1,2}\/\d{4},\s\d{1,2}:\d{2}(?::\d{2})?\s?[AP]M\b|\b[AP]M\b|mm\/dd\/yyyy/.exec(text);
  if (usDate) problems.push(`US date or time ${usDate[0]}`);
  for (const word of ENGLISH_WORDS) {
    if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text)) problems.push(`English word "${word}"`);
  }
  // Inputs: a placeholder in English or in the US order, or a native date input (it follows the browser's language).
  const inputs = await page
    .locator('input')
    .evaluateAll((items) =>
      items.map((el) => ({ type: (el as HTMLInputElement).type, placeholder: (el as HTMLInputElement).placeholder })),
    );
  for (const { type, placeholder } of inputs) {
    if (['date', 'datetime-local', 'time', 'month'].includes(type)) problems.push(`native ${type} input (browser's format)`);
    if (/mm\/dd|yyyy|\bAM\b|\bPM\b/.test(placeholder) || ENGLISH_WORDS.includes(placeholder)) problems.push(`placeholder "${placeholder}"`);
  }
  const title = await page.title();
  if (!title.endsWith(' · Back-office Partners')) problems.push(`page title "${title}"`);
  const cut = await page
    .locator('[data-testid^="menu-section-"] a .MuiTypography-noWrap')
    // only labels a person sees: on a phone the closed drawer's labels are hidden, not cut
    .evaluateAll((items) =>
      items
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent ?? ''),
    );
  if (cut.length) problems.push(`menu labels cut: ${cut.join(', ')}`);
  return problems;
};

/** Waits until the screen has loaded: its content is there, no progress indicator left, the tab title set. */
const settle = async (page: Page) => {
  await expect(page.locator('#main-content, main').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[role="progressbar"]'))
    .toHaveCount(0, { timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await expect(page)
    .toHaveTitle(/ · /, { timeout: 3_000 })
    .catch(() => undefined);
};

/** Opens a path inside the running app (react-router, no reload of the SPA: the walk stays short). */
const openInApp = async (page: Page, path: string) => {
  await pushPath(page, path);
  await page.waitForURL((url) => url.pathname === path || url.pathname === '/access-denied');
  await settle(page);
};

/** Opens the first row of the list on screen (a row click), if it has one; returns the record's path. */
const openFirstRecord = async (page: Page): Promise<string | null> => {
  const row = page.locator('tbody tr.RaDatagrid-clickableRow, tbody tr[class*="clickable"]').first();
  if ((await row.count()) === 0) return null;
  const before = page.url();
  await row.click();
  await page.waitForURL((url) => url.toString() !== before, { timeout: 10_000 }).catch(() => undefined);
  await settle(page);
  return new URL(page.url()).pathname;
};

/** Every screen of the role's menu and the first record of each list, in French; the problems found per screen. */
const walkInFrench = async (page: Page, phone = false) => {
  await switchToFrench(page);
  const found: Record<string, string[]> = {};
  const note = (screen: string, problems: string[]) => {
    if (problems.length) found[screen.replace(/[0-9a-f-]{36}/, ':id')] = problems;
  };
  const paths = await menuPaths(page); // read at desktop size, where the menu is open
  if (phone) await page.setViewportSize(PHONE);
  for (const path of paths) {
    await openInApp(page, path);
    note(path, await problemsOf(page, path));
    if (!SCREENS_WITHOUT_RECORDS.includes(path)) {
      const record = await openFirstRecord(page);
      if (record) note(record, await problemsOf(page, record));
    }
  }
  return found;
};

/** The payment link's expiry is typed in French (jj/mm/aaaa hh:mm) and a US date is refused in French. */
const expiryInFrench = async (page: Page) => {
  await openInApp(page, '/payment_links/create');
  const problems = await problemsOf(page, '/payment_links/create');
  const expiry = page.locator('input[name="expires_at"]');
  await expect(expiry).toHaveAttribute('placeholder', 'jj/mm/aaaa hh:mm');
  await expiry.fill('08/16/2030 22:47');
  await page.locator('form').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Saisissez une date et une heure au format jj/mm/aaaa hh:mm')).toBeVisible();
  await expiry.fill('16/08/2030 22:47');
  await expect(page.getByText('Saisissez une date et une heure au format jj/mm/aaaa hh:mm')).toHaveCount(0);
  return problems;
};

// Each role's walk: its menu screens, a record of each list, at desktop size; the agent (who sells)
// also fills a payment link's expiry. About 1 to 2 minutes per role on an idle machine.
const roleTest = (role: StaffRole) =>
  test(`every screen of the ${role} is French only (desktop)`, async ({ page }) => {
    test.setTimeout(480_000);
    await loginAs(page, role);
    const found = await walkInFrench(page);
    if (role === 'agent') {
      const problems = await expiryInFrench(page);
      if (problems.length) found['/payment_links/create'] = problems;
    }
    expect(found).toEqual({});
  });
for (const role of STAFF_ROLES) roleTest(role);

test('every screen of the manager is French only (phone, 390 x 844)', async ({ page }) => {
  test.setTimeout(480_000);
  await loginAs(page, 'manager');
  expect(await walkInFrench(page, true)).toEqual({});
});
