import { expect, test } from '@playwright/test';
import { fillLogin, loginAs, logout, menuSections, siteUrl, DEMO_ACCOUNTS } from './support';

const SALES = ['Payment links', 'Orders', 'Payment reminders'];
const OPERATIONS = ['Dossiers', 'Step instances', 'Documents', 'Document versions', 'Messages'];
// Operations screens first (review queue: reviewers; assignment: managers; my work: agents; admins all).
const ops = (...screens: string[]) => [...screens, 'Activity', ...OPERATIONS];
const CATALOG = ['Products', 'Steps', 'Document types'];
const TEAM = ['Agents', 'Customers'];

const expectedMenus = {
  admin: { role: 'Administrator', name: 'Ada Admin', sales: SALES, operations: ops('Review queue', 'Step assignment', 'My work') },
  manager: { role: 'Manager', name: 'Max Manager', sales: SALES, operations: ops('Step assignment') },
  agent: { role: 'Agent', name: 'Alice Agent', sales: SALES, operations: ops('My work') },
  reviewer: { role: 'Reviewer', name: 'Rita Reviewer', sales: [], operations: ops('Review queue') },
} as const;

for (const [role, expected] of Object.entries(expectedMenus) as [
  keyof typeof expectedMenus,
  (typeof expectedMenus)[keyof typeof expectedMenus],
][]) {
  test(`${role} signs in, sees their name, role and menu, and logs out`, async ({ page }) => {
    await loginAs(page, role);
    await expect(page.getByTestId('identity-name')).toHaveText(expected.name);
    await expect(page.getByTestId('identity-role')).toHaveText(expected.role);
    await expect(page.getByTestId('menu-section-catalog')).toBeVisible();
    const menu = await menuSections(page);
    expect(menu).toEqual({ sales: [...expected.sales], operations: [...expected.operations], catalog: CATALOG, team: TEAM });
    await logout(page);
    // Signed out: the back-office is gone, a protected URL leads back to the login page.
    await page.goto(siteUrl('/products'));
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
}

test('a wrong password shows an error and stays on the login page', async ({ page }) => {
  await fillLogin(page, DEMO_ACCOUNTS.admin, 'not-the-password');
  await expect(page.getByText(/invalid login credentials/i)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('identity-role')).toHaveCount(0);
});

test('a customer sees "No back-office access", no menu and no data, and can log out', async ({ page }) => {
  const dataRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/rest/v1/') && !url.includes('/rest/v1/agents')) dataRequests.push(url);
  });
  await loginAs(page, 'customer');
  await expect(page.getByRole('heading', { name: 'No back-office access' })).toBeVisible();
  await expect(page.getByText(DEMO_ACCOUNTS.customer)).toBeVisible();
  await expect(page.getByRole('menuitem')).toHaveCount(0);
  // Any back-office URL shows the same page.
  await page.goto(siteUrl('/orders'));
  await expect(page.getByRole('heading', { name: 'No back-office access' })).toBeVisible();
  expect(dataRequests).toEqual([]);
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('an inactive agent gets no back-office access', async ({ page }) => {
  await fillLogin(page, 'inactive@example.com', 'password123');
  await expect(page.getByRole('heading', { name: 'No back-office access' })).toBeVisible();
  await expect(page.getByRole('menuitem')).toHaveCount(0);
});
