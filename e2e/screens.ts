/** Walking every screen a role reaches from the menu (French and accessibility checks). */
import { expect, type Page } from '@playwright/test';
import { PHONE_CARDS_CLASS } from '../src/common/responsiveClasses';
import { loginAs, type DEMO_ACCOUNTS } from './support';

export type StaffRole = Exclude<keyof typeof DEMO_ACCOUNTS, 'customer'>;
export const STAFF_ROLES: StaffRole[] = ['admin', 'manager', 'agent', 'reviewer'];
export const PHONE = { width: 390, height: 844 };

/**
 * The two sizes an issue-12 flow is tested at, as `test.use` options: a desktop window, and a
 * phone in Chromium's mobile emulation (390 x 844, touch, mobile viewport).
 */
export const SIZES = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', use: { viewport: PHONE, isMobile: true, hasTouch: true } },
] as const;

/** How many CSS pixels the page scrolls sideways (0 when it fits the screen). */
export const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Switches the signed-in app to French (react-admin's stored locale, as the language menu does). */
export async function switchToFrench(page: Page) {
  await page.evaluate(() => window.localStorage.setItem('RaStorepartners-backoffice.locale', JSON.stringify('fr')));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
}

/** The paths of the dashboard, every menu entry, and the first record shown by each list. */
export async function menuPaths(page: Page): Promise<string[]> {
  await expect(page.locator('[data-testid^="menu-section-"]').first()).toBeVisible();
  const hrefs = await page
    .locator('.RaMenu-open a[href], .RaMenu-closed a[href], [data-testid^="menu-section-"] a[href]')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(['/', ...hrefs])];
}

/** Opens a path and waits until its data has loaded (no progress indicator left). */
export async function openScreen(page: Page, path: string) {
  await page.goto(path.startsWith('http') ? path : new URL(path, page.url()).toString());
  await expect(page.locator('#main-content, main').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[role="progressbar"]'))
    .toHaveCount(0, { timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

/** The first record's show page of the list on screen, if the list has rows. */
export async function firstRecordPath(page: Page): Promise<string | null> {
  const row = page.locator('tbody tr.RaDatagrid-clickableRow, tbody tr[class*="clickable"]').first();
  if ((await row.count()) === 0) return null;
  await row.click();
  await page.waitForURL(/\/(show|[0-9a-f-]{36})$/, { timeout: 10_000 }).catch(() => undefined);
  return new URL(page.url()).pathname;
}

export { loginAs };

/** Moves the running app to a path the way a link does (react-router follows pushState + popstate). */
export const pushPath = (page: Page, path: string) =>
  page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);

/**
 * Opens a path inside the running app (react-router follows history.pushState + popstate), without
 * reloading the SPA as page.goto does: a walk through every screen stays fast. Waits like openScreen.
 */
export async function navigateInApp(page: Page, path: string) {
  await pushPath(page, path);
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(page.locator('#main-content, main').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[role="progressbar"]'))
    .toHaveCount(0, { timeout: 5_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

/** Menu screens that show no list of records (nothing to open a record from). */
export const SCREENS_WITHOUT_RECORDS = ['/', '/review-queue', '/step-board', '/my-work', '/activity'];

/**
 * The first record of the list on screen, at any size: its show (or edit) path and, when that
 * page links to the record's edit page, the edit path. Datagrid rows are clicked (desktop); the
 * SimpleList cards of phones are links.
 */
export async function firstRecordScreens(page: Page): Promise<string[]> {
  const cards = page.locator(`.${PHONE_CARDS_CLASS}`);
  const card = cards.locator('a[href]').first();
  // A phone's cards become links only once react-admin has resolved the record's show path (an
  // asynchronous canAccess): until then they are plain list items, and no spinner says so.
  if ((await cards.locator('li').count()) > 0) await card.waitFor({ timeout: 10_000 }).catch(() => undefined);
  let record: string | null = null;
  if ((await card.count()) > 0) {
    record = new URL((await card.getAttribute('href')) ?? '', page.url()).pathname;
  } else {
    record = await firstRecordPath(page);
  }
  if (!record || !/\/[0-9a-f-]{36}(\/show)?$/.test(record)) return [];
  if (!record.endsWith('/show')) return [record];
  if (new URL(page.url()).pathname !== record) await navigateInApp(page, record);
  const editPath = record.replace(/\/show$/, '');
  const hasEdit = (await page.locator(`a[href="${editPath}"]`).count()) > 0;
  return hasEdit ? [record, editPath] : [record];
}

/**
 * Opens, in one page session, every screen of the signed-in role: the menu's screens and, for each
 * list, its first record's show and edit pages; calls `visit` on each once its data has loaded.
 * The menu is read at the current (desktop) size; `size` then applies to the whole walk.
 */
export async function walkScreens(page: Page, visit: (path: string) => Promise<void>, size?: { width: number; height: number }) {
  const paths = await menuPaths(page);
  if (size) await page.setViewportSize(size);
  for (const path of paths) {
    await navigateInApp(page, path);
    await visit(path);
    if (SCREENS_WITHOUT_RECORDS.includes(path)) continue;
    const records = await firstRecordScreens(page);
    for (const record of records) {
      if (new URL(page.url()).pathname !== record) await navigateInApp(page, record);
      await visit(record);
    }
  }
}
