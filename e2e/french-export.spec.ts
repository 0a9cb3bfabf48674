import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PHONE, loginAs, openScreen, switchToFrench } from './screens';

for (const size of ['desktop', 'phone'] as const) {
  test(`the payment-links export is readable and holds no secret (${size})`, async ({ page }) => {
    await loginAs(page, 'admin');
    await switchToFrench(page);
    if (size === 'phone') await page.setViewportSize(PHONE);
    await openScreen(page, '/payment_links');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toContain('E-mail du prospect');
    expect(header).toContain('Statut');
    expect(header).not.toMatch(/token|checkout|\bid\b/i);
    expect(rows.length).toBeGreaterThan(0);
    expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/); // no uuid
    expect(csv).not.toMatch(/\/pay\/|token/i);
  });
}
