/** The public pages the checkout sends the prospect back to: no login, English and French. */
import { expect, test } from '@playwright/test';
import { siteUrl } from './support';

test('a signed-out prospect sees the payment result pages, without being sent to the login', async ({ page }) => {
  await page.goto(siteUrl('/payment-complete?session_id=cs_test_e2e_123'));
  await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await expect(page.getByText('Reference: cs_test_e2e_123')).toBeVisible();
  // A protected page would be sent to /login once the auth check answers. Instead of a fixed sleep,
  // use the page (switch its language: the app has settled once French shows), then check the URL.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Paiement reçu' })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === '/payment-complete');
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();

  await page.goto(siteUrl('/payment-cancelled'));
  await expect(page.getByRole('heading', { name: 'Payment cancelled' })).toBeVisible();

  // The language menu of the page switches to French.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Paiement annulé' })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === '/payment-cancelled');
});
