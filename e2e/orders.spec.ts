import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loginAs, serviceClient, siteUrl } from './support';

// Orders far in the past, so that no demo data falls into the filtered range.
const ORDERS = [
  { status: 'PAID', amount: 1234500, created_at: '2019-03-10T10:00:00Z', paid_at: '2019-03-10T10:05:00Z' },
  { status: 'PAID', amount: 2222200, created_at: '2019-05-02T10:00:00Z', paid_at: '2019-05-02T10:05:00Z' },
  { status: 'PENDING', amount: 3333300, created_at: '2019-03-12T10:00:00Z', paid_at: null },
  { status: 'FAILED', amount: 4444400, created_at: '2019-03-15T10:00:00Z', paid_at: null },
] as const;

test.beforeAll(async () => {
  const db = serviceClient();
  const { data: product } = await db.from('products').select('id, currency').eq('code', 'LLC_FORMATION').single();
  const { data: customer } = await db.from('profiles').select('id').eq('email', 'customer@example.com').single();
  expect(product && customer).toBeTruthy();
  await db.from('orders').delete().lt('created_at', '2020-01-01T00:00:00Z');
  const { error } = await db
    .from('orders')
    .insert(ORDERS.map((order) => ({ ...order, user_id: customer!.id, product_id: product!.id, currency: 'USD' })));
  expect(error).toBeNull();
});

test('a manager filters orders by status and date, then exports them as CSV', async ({ page }) => {
  await loginAs(page, 'manager');
  await page.getByRole('menuitem', { name: 'Orders' }).click();
  await expect(page).toHaveURL(/\/orders/);

  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Paid' }).click();
  await page.getByLabel('Created after').fill('2019-03-01');
  await page.getByLabel('Created before').fill('2019-03-31');

  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('$12,345.00');
  await expect(rows.first()).toContainText('Paid');
  await expect(rows.first()).toContainText('Chloe Customer');
  await expect(rows.first()).toContainText('LLC Formation');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^orders.*\.csv$/i);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  // A human export (src/orders/exporter.ts): names, the amount in currency units, the status label; no uuid.
  expect(csv).toHaveLength(2);
  expect(csv[0]).toMatch(/Status/);
  expect(csv[0]).toMatch(/Amount/);
  expect(csv[1]).toContain('Chloe Customer');
  expect(csv[1]).toContain('LLC Formation');
  expect(csv[1]).toContain('12,345.00');
  expect(csv[1]).toContain('Paid');
  expect(csv[1]).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
});

test('a manager cancels an unpaid order from its page; the database records ORDER_CANCELLED', async ({ page }) => {
  const db = serviceClient();
  const { data: order } = await db.from('orders').select('id').eq('amount', 3333300).eq('status', 'PENDING').single();
  expect(order).toBeTruthy();
  await loginAs(page, 'manager');
  await page.goto(siteUrl(`/orders/${order!.id}/show`));
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  // The notification says so; the order's timeline may show the same words once it refetches.
  await expect(page.getByRole('alert').getByText('Order cancelled')).toBeVisible();
  await expect.poll(async () => (await db.from('orders').select('status').eq('id', order!.id).single()).data?.status).toBe('CANCELLED');
  const { data: events } = await db.from('events').select('event_type, actor_id').eq('entity_id', order!.id);
  expect(events?.map((e) => e.event_type)).toEqual(['ORDER_CANCELLED']);
  // The action stays in place, disabled, with the reason it can no longer run.
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeDisabled();
  await expect(page.getByTestId('action-blocked-reason').first()).toBeVisible();
});
