/**
 * Live identity: an admin changes a signed-in agent's role, then deactivates them, from another
 * browser context; within seconds (no reload) the agent's badge, menu and routes follow, with the
 * right message. Desktop and phone (390 x 844, mobile emulation; the menu read from its drawer).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SIZES } from './screens';
import { fillLogin, loginAs, menuSections, serviceClient, siteUrl } from './support';

const PASSWORD = 'live-identity-42';

/** A fresh AGENT of its own, so changing its role disturbs no other test. */
async function createAgent(label: string) {
  const admin = serviceClient();
  const email = `e2e-live-${label}-${Date.now()}@example.test`;
  const { data, error } = await admin.auth.admin.createUser({ email, password: PASSWORD, email_confirm: true });
  if (error) throw error;
  const id = data.user.id;
  const inserted = await admin.from('agents').insert({ id, email, full_name: `Live ${label}`, role: 'AGENT', active: true });
  if (inserted.error) throw inserted.error;
  return { id, email };
}

/** The admin, in their own browser context, edits the agent the way the Team screen offers. */
async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, 'admin');
  return page;
}

async function changeRole(admin: Page, agentId: string, role: RegExp) {
  await admin.goto(siteUrl(`/agents/${agentId}`));
  await admin.getByRole('combobox').first().click();
  await admin.getByRole('option', { name: role }).click();
  await saveAgent(admin, agentId);
}

/** Saves the agent form; on a refusal the admin's notification is the test's failure message. */
async function saveAgent(admin: Page, agentId: string) {
  await admin.getByRole('button', { name: /save/i }).click();
  await expect
    .poll(
      async () =>
        new URL(admin.url()).pathname.endsWith('/show') ? 'saved' : await admin.locator('.RaNotification, [role="alert"]').allInnerTexts(),
      {
        timeout: 20_000,
      },
    )
    .toBe('saved');
  await expect(admin).toHaveURL(new RegExp(`/agents/${agentId}/show`));
}

async function deactivate(admin: Page, agentId: string) {
  await admin.goto(siteUrl(`/agents/${agentId}`));
  await admin.getByRole('switch', { name: /active/i }).uncheck();
  await saveAgent(admin, agentId);
}

/** The menu's sections; on a phone the menu is a drawer, opened for the reading and closed again. */
async function menuOnScreen(page: Page, phone: boolean) {
  if (!phone) return menuSections(page);
  await page.getByRole('button', { name: /open menu/i }).click();
  await expect(page.locator('[data-testid^="menu-section-"]').first()).toBeVisible();
  const sections = await menuSections(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid^="menu-section-"]').first()).toBeHidden();
  return sections;
}

for (const size of SIZES) {
  test.describe(`live identity (${size.name})`, () => {
    test.use(size.use);
    // Two signed-in browsers and the admin's saves on a shared 2-core machine.
    test.setTimeout(180_000);

    test('a role change shows within seconds, without a reload', async ({ page, browser }) => {
      const agent = await createAgent(`role-${size.name}`);
      await fillLogin(page, agent.email, PASSWORD);
      await expect(page.getByTestId('identity-role')).toHaveText('Agent');
      await page.goto(siteUrl('/payment_links'));
      await expect(page.getByTestId('access-denied')).toHaveCount(0);
      // A mark in the page's memory: a reload would wipe it.
      await page.evaluate(() => Object.assign(window, { liveIdentityMark: true }));

      const admin = await adminPage(browser);
      const told = page.getByText('Your role changed to Reviewer.').waitFor({ timeout: 40_000 });
      await changeRole(admin, agent.id, /reviewer/i);

      // No reload: the open page learns it on its own.
      await told;
      await expect(page.getByTestId('identity-role')).toHaveText('Reviewer');
      await expect(page.getByTestId('access-denied-reason')).toHaveText(
        'Your role changed to Reviewer: this page is not open to a Reviewer.',
      );
      expect(await page.evaluate(() => (window as { liveIdentityMark?: boolean }).liveIdentityMark)).toBe(true);
      const sections = await menuOnScreen(page, size.name === 'phone');
      expect(sections.sales).toEqual([]);
      expect(sections.operations.length).toBeGreaterThan(0);

      // AGENT -> MANAGER: the manager's screens appear without a reload.
      await changeRole(admin, agent.id, /manager/i);
      await expect(page.getByTestId('identity-role')).toHaveText('Manager', { timeout: 12_000 });
      await page
        .getByRole('button', { name: /back to the dashboard/i })
        .or(page.getByRole('link', { name: /back to the dashboard/i }))
        .click();
      await page.goto(siteUrl('/payment_links'));
      await expect(page.getByTestId('access-denied')).toHaveCount(0);
      await admin.context().close();
    });

    test('a deactivated agent is signed out with "Your account was deactivated"', async ({ page, browser }) => {
      const agent = await createAgent(`off-${size.name}`);
      await fillLogin(page, agent.email, PASSWORD);
      await expect(page.getByTestId('identity-role')).toHaveText('Agent');

      const admin = await adminPage(browser);
      const told = page.getByText(/Your account was deactivated/).waitFor({ timeout: 40_000 });
      await deactivate(admin, agent.id);

      await told;
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible({ timeout: 12_000 });
      // Signing in again says the same, not "User is banned".
      await fillLogin(page, agent.email, PASSWORD);
      await expect(page.getByText(/Your account was deactivated/)).toBeVisible();
      await expect(page.getByText(/banned/i)).toHaveCount(0);
      await admin.context().close();
    });
  });
}
