/**
 * The whole sale offline: an agent creates a payment link in the back-office, the prospect pays on
 * the local Stripe Checkout stand-in (signed webhook, real verification), the order is PAID and the
 * dossier is opened with its steps and events.
 */
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { e2eStack } from '../stack/testing/e2e-config';
import { loginAs, siteUrl } from './support';

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eStack().dbUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test('agent creates a link, the prospect pays on the local checkout, the order is PAID and the dossier opened', async ({ page }) => {
  const email = `e2e-buyer-${Date.now()}@example.test`;
  await loginAs(page, 'agent');
  await page.goto(siteUrl('/payment_links/create'));

  const product = page.getByRole('combobox').first();
  await product.click();
  await product.fill('LLC');
  await page.getByRole('option', { name: 'LLC Formation' }).click();
  await page.locator('input[name="prospect_email"]').fill(email);
  await page.locator('input[name="prospect_name"]').fill('Erin Endtoend');
  await page.getByRole('button', { name: /save/i }).click();

  const copy = page.getByTestId('copy-checkout-url');
  await expect(copy).toBeVisible();
  const checkoutUrl = await copy.getAttribute('data-url');
  expect(checkoutUrl).toMatch(/\/pay\/cs_test_/);

  // The prospect opens the link and pays.
  const prospect = await page.context().newPage();
  await prospect.goto(checkoutUrl!);
  await expect(prospect.getByTestId('amount')).toHaveText('$999.00');
  await expect(prospect.getByTestId('customer-email')).toHaveText(email);
  await prospect.getByRole('button', { name: 'Pay $999.00' }).click();
  await prospect.waitForURL(/payment-complete\?session_id=cs_test_/);
  await prospect.close();

  // The agent sees the order of their link PAID.
  await page.goto(siteUrl('/orders'));
  await expect(page.getByText('PAID').or(page.getByText('Paid')).first()).toBeVisible();

  // In the database: order PAID, link used, dossier with its steps (first one current) and events.
  const [link] = await query<{ id: string; used_at: Date | null }>(
    'select id, used_at from public.payment_links where prospect_email = $1',
    [email],
  );
  expect(link?.used_at).toBeTruthy();
  const [order] = await query<{ id: string; status: string; dossier_id: string }>(
    'select id, status, dossier_id from public.orders where payment_link_id = $1',
    [link!.id],
  );
  expect(order?.status).toBe('PAID');
  const [dossier] = await query<{ id: string; current_step_instance_id: string }>(
    'select id, current_step_instance_id from public.dossiers where id = $1',
    [order!.dossier_id],
  );
  const steps = await query<{ id: string; status: string }>('select id, status from public.step_instances where dossier_id = $1', [
    dossier!.id,
  ]);
  expect(steps.length).toBeGreaterThan(0);
  expect(steps.filter((s) => s.status === 'IN_PROGRESS').map((s) => s.id)).toEqual([dossier!.current_step_instance_id]);
  const events = await query<{ event_type: string }>('select event_type from public.events where entity_id = any($1::uuid[])', [
    [order!.id, dossier!.id],
  ]);
  expect(events.map((e) => e.event_type).sort()).toEqual(['DOSSIER_CREATED', 'PAYMENT_RECEIVED']);

  // A manager sees the new dossier in the back-office.
  await page.context().clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await loginAs(page, 'manager');
  await page.goto(siteUrl(`/dossiers/${dossier!.id}/show`));
  await expect(page.getByText('QUALIFICATION').or(page.getByText('Qualification')).first()).toBeVisible();
});
