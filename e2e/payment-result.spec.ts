/**
 * The public pages the checkout sends the prospect back to: no login, English and French, and
 * the truth: "Payment received" only once the order is PAID. A bank transfer reads "Payment
 * processing" until it arrives, then the page (polling) says received and the confirmation
 * e-mail is in the mail catcher. Desktop and phone.
 */
import { expect, test } from '@playwright/test';
import { waitForMail } from '../stack/services/mail/client';
import { e2eStack } from '../stack/testing/e2e-config';
import { SIZES, horizontalOverflow } from './screens';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, nodeClient, serviceClient, siteUrl } from './support';

/** A payment link made by the demo agent through the payment-links function; its checkout URL. */
async function checkoutUrlFor(email: string): Promise<string> {
  const { data: product } = await serviceClient().from('products').select('id').eq('active', true).limit(1).single();
  const agent = nodeClient();
  const signIn = await agent.auth.signInWithPassword({ email: DEMO_ACCOUNTS.agent, password: DEMO_PASSWORD });
  if (signIn.error) throw signIn.error;
  const { data, error } = await agent.functions.invoke('payment-links', { body: { product_id: product!.id, prospect_email: email } });
  if (error) throw error;
  return (data as { url: string }).url;
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(size.use);

    test(`a signed-out prospect with an unknown session is promised nothing, without being sent to the login (${size.name})`, async ({
      page,
    }) => {
      await page.goto(siteUrl('/payment-complete?session_id=cs_test_e2e_123'));
      await expect(page.getByRole('heading', { name: 'Payment not confirmed yet' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Payment received' })).toHaveCount(0);
      await expect(page.getByText('Reference: cs_test_e2e_123')).toBeVisible();
      // A protected page would be sent to /login once the auth check answers. Instead of a fixed sleep,
      // use the page (switch its language: the app has settled once French shows), then check the URL.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Français' }).click();
      await expect(page.getByRole('heading', { name: 'Paiement pas encore confirmé' })).toBeVisible();
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
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });

    test(`a bank transfer reads "processing" until it arrives, then "received" with the e-mail (${size.name})`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(120_000);
      const email = `e2e-bank-${size.name}-${Date.now()}@example.test`;
      const since = new Date(Date.now() - 1000);
      const checkoutUrl = await checkoutUrlFor(email);

      await page.goto(checkoutUrl);
      await page.getByRole('button', { name: /bank transfer \(asynchronous\)/i }).click();
      await page.waitForURL(/payment-complete\?session_id=cs_test_/);
      await expect(page.getByRole('heading', { name: 'Payment processing' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Payment received' })).toHaveCount(0);

      // The transfer arrives (the checkout stand-in sends the signed async_payment_succeeded).
      const bank = await (await browser.newContext()).newPage();
      await bank.goto(checkoutUrl);
      await bank.getByRole('button', { name: 'Bank transfer arrives' }).click();
      await bank.context().close();

      await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible({ timeout: 20_000 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const mail = await waitForMail(e2eStack().mailWebUrl, { to: email, subjectIncludes: 'Payment received', since });
      expect(mail.Text).toContain('We received your payment');
    });
  });
}
