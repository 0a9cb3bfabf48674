/** Walking every screen a role reaches from the menu (French and accessibility checks). */
import { expect, type Page } from '@playwright/test';
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
