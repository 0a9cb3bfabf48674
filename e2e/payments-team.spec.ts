/**
 * Team invitation end to end: an admin invites an agent with a role from the back-office; the
 * invitee opens the e-mail from the catcher, sets a password on the SPA's set-password page and
 * signs in with that role.
 */
import { expect, test } from '@playwright/test';
import { extractLinks, waitForMail } from '../stack/services/mail/client';
import { e2eStack } from '../stack/testing/e2e-config';
import { fillLogin, loginAs, siteUrl } from './support';

test('an admin invites a reviewer, who sets a password from the e-mail and signs in as REVIEWER', async ({ page, browser }) => {
  const email = `e2e-invitee-${Date.now()}@example.test`;
  const since = new Date(Date.now() - 1000);
  await loginAs(page, 'admin');
  await page.goto(siteUrl('/agents/create'));
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="full_name"]').fill('Rita Invited');
  await page.getByRole('combobox').last().click();
  await page.getByRole('option', { name: /reviewer/i }).click();
  await page.getByRole('button', { name: /save/i }).click();
  await expect(page).toHaveURL(/\/agents$/);

  const mail = await waitForMail(e2eStack().mailWebUrl, { to: email, since });
  const link = extractLinks(mail).find((url) => url.includes('/verify'));
  expect(link).toBeDefined();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link!);
  await invitee.waitForURL(/\/set-password/);
  await invitee.locator('input[name="password"]').fill('invited-password-42');
  await invitee.locator('input[name="confirmPassword"]').fill('invited-password-42');
  await invitee.getByRole('button', { name: /save/i }).click();
  await expect(invitee.locator('input[name="confirmPassword"]')).toHaveCount(0);

  const fresh = await (await browser.newContext()).newPage();
  await fillLogin(fresh, email, 'invited-password-42');
  await expect(fresh.getByTestId('identity-role')).toHaveText(/reviewer/i);
  await expect(fresh.getByTestId('identity-name')).toHaveText('Rita Invited');
});
