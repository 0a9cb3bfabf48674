/** The public pages the checkout sends the prospect back to: no login, English and French. */
import { expect, test } from '@playwright/test';
import { siteUrl } from './support';

test('a signed-out prospect sees the payment result pages, without being sent to the login', async ({ page }) => {
  await page.goto(siteUrl('/payment-complete?session_id=cs_test_e2e_123'));
  await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await expect(page.getByText('Reference: cs_test_e2e_123')).toBeVisible();
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe('/payment-complete');

  await page.goto(siteUrl('/payment-cancelled'));
  await expect(page.getByRole('heading', { name: 'Payment cancelled' })).toBeVisible();

  // The language menu of the page switches to French.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Paiement annulé' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/payment-cancelled');
});
