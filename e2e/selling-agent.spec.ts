/**
 * The selling agent follows their sale (product.md §2, issue 12): the order page links the dossier
 * the sale opened and shows its timeline; the dossier page opens read only for that agent (no edit,
 * no reply form), on a desktop and on a phone (390 x 844).
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, fillLogin, loginAs, serviceClient, siteUrl } from './support';

let orderId: string;
let dossierId: string;

test.beforeAll(async () => {
  const db = serviceClient();
  const { data: agent } = await db.from('agents').select('id').eq('email', DEMO_ACCOUNTS.agent).single();
  const { data: product } = await db.from('products').select('id, currency').eq('code', 'LLC_FORMATION').single();
  const { data: customer } = await db.from('profiles').select('id').eq('email', DEMO_ACCOUNTS.customer).single();
  expect(agent && product && customer).toBeTruthy();
  const link = await db
    .from('payment_links')
    .insert({
      product_id: product!.id,
      prospect_email: DEMO_ACCOUNTS.customer,
      prospect_name: 'Sold by the agent',
      created_by: agent!.id,
      used_by: customer!.id,
      used_at: new Date().toISOString(),
    })
    .select('id')
    .single();
  expect(link.error).toBeNull();
  const dossier = await db.from('dossiers').insert({ user_id: customer!.id, product_id: product!.id, type: 'LLC' }).select('id').single();
  expect(dossier.error).toBeNull();
  const order = await db
    .from('orders')
    .insert({
      user_id: customer!.id,
      product_id: product!.id,
      payment_link_id: link.data!.id,
      dossier_id: dossier.data!.id,
      amount: 99900,
      currency: product!.currency ?? 'USD',
      status: 'PAID',
      paid_at: new Date().toISOString(),
    })
    .select('id')
    .single();
  expect(order.error).toBeNull();
  orderId = order.data!.id as string;
  dossierId = dossier.data!.id as string;
});

async function followTheSale(page: Page, phone = false) {
  if (phone) {
    // the identity badge is hidden on a phone: wait for the back-office instead
    await fillLogin(page, DEMO_ACCOUNTS.agent, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  } else {
    await loginAs(page, 'agent');
  }
  await page.goto(siteUrl(`/orders/${orderId}/show`));
  // the dossier is a link, not "-", and its timeline is there
  const dossierLink = page.locator(`a[href$="/dossiers/${dossierId}/show"], a[href$="/dossiers/${dossierId}"]`).first();
  await expect(dossierLink).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Dossier timeline')).toBeVisible();
  const timeline = page.getByTestId('dossier-timeline');
  await expect(timeline).toBeVisible();
  await expect(timeline).toContainText('Dossier created', { timeout: 30_000 });

  await dossierLink.click();
  await expect(page).toHaveURL(new RegExp(`/dossiers/${dossierId}`));
  await expect(page.getByTestId('dossier-read-only')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);

  // (deep links to the tabs: on a phone the tab strip scrolls)
  await page.goto(siteUrl(`/dossiers/${dossierId}/show/messages`));
  await expect(page.getByRole('heading', { name: 'Messages' })).toBeVisible();
  await expect(page.getByLabel('Your reply')).toHaveCount(0);

  await page.goto(siteUrl(`/dossiers/${dossierId}/show/history`));
  await expect(page.getByTestId('dossier-timeline')).toContainText('Dossier created');
}

test('desktop: the selling agent opens the dossier of their sale from the order, read only', async ({ page }) => {
  await followTheSale(page);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('390 x 844: the same, on a phone', async ({ page }) => {
    await followTheSale(page, true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the assigned agent (not only the seller) keeps the reply form', async ({ page }) => {
  const db = serviceClient();
  const { data: agent } = await db.from('agents').select('id').eq('email', DEMO_ACCOUNTS.agent).single();
  const { data: step } = await db
    .from('product_steps')
    .select('step_id, products!inner(code)')
    .eq('products.code', 'LLC_FORMATION')
    .limit(1)
    .single();
  expect(step).toBeTruthy();
  const inserted = await db
    .from('step_instances')
    .insert({ dossier_id: dossierId, step_id: step!.step_id, assigned_to: agent!.id })
    .select('id')
    .single();
  expect(inserted.error).toBeNull();
  try {
    await loginAs(page, 'agent');
    await page.goto(siteUrl(`/dossiers/${dossierId}/show/messages`));
    await expect(page.getByRole('heading', { name: 'Messages' })).toBeVisible();
    await expect(page.getByLabel('Your reply')).toBeVisible();
    await expect(page.getByTestId('dossier-read-only')).toHaveCount(0);
  } finally {
    await db.from('step_instances').delete().eq('id', inserted.data!.id);
  }
});
