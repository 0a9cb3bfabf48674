/** Dossier detail: a manager follows a demo dossier and replies to its customer. */
import { expect, test } from '@playwright/test';
import { query } from './operations-support';
import { loginAs, siteUrl } from './support';

test('a manager opens a demo dossier, sees its stepper and timeline, and replies as an agent', async ({ page }) => {
  // A demo dossier with steps and a thread (the demo data generator writes both).
  const [dossier] = await query<{ id: string }>(
    `select d.id from public.dossiers d
      where exists (select 1 from public.step_instances s where s.dossier_id = d.id)
        and exists (select 1 from public.messages m where m.dossier_id = d.id)
        and exists (select 1 from public.documents doc
                      join public.document_versions v on v.document_id = doc.id
                      join public.document_reviews r on r.document_version_id = v.id
                     where doc.dossier_id = d.id)
      order by d.created_at desc limit 1`,
  );
  expect(dossier, 'demo data has a dossier with steps and messages').toBeTruthy();
  const [manager] = await query<{ id: string }>(`select id from public.agents where email = 'manager@example.com'`);

  await loginAs(page, 'manager');
  await page.goto(siteUrl(`/dossiers/${dossier!.id}/show/history`));
  await expect(page.getByTestId('dossier-step-progress').locator('.MuiStep-root').first()).toBeVisible();
  await expect(page.getByTestId('dossier-timeline')).toBeVisible();
  await expect(page.getByTestId('dossier-timeline').locator('[data-testid^="timeline-"]').first()).toBeVisible();

  // Documents: expanding one shows its versions, each with its reviews.
  await page.getByRole('tab', { name: 'Documents' }).click();
  await page.locator('table tbody tr').first().click();
  await expect(page.getByText('Versions').first()).toBeVisible();
  await expect(page.getByTestId('document-review').or(page.getByText('Not reviewed yet')).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Messages' }).click();
  const thread = page.getByTestId('dossier-message-thread');
  await expect(thread.getByTestId('dossier-message').first()).toBeVisible();

  // An empty reply is refused on the spot.
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText('Write a message before sending')).toBeVisible();

  const body = `E2E reply ${Date.now()}`;
  await page.getByLabel('Your reply').fill(body);
  await page.getByRole('button', { name: 'Send' }).click();
  const mine = thread.getByTestId('dossier-message').filter({ hasText: body });
  await expect(mine).toBeVisible();
  await expect(mine).toHaveAttribute('data-sender-type', 'AGENT');
  await expect(mine.getByText('Agent', { exact: true })).toBeVisible();

  const rows = await query<{ sender_type: string; sender_id: string }>(
    'select sender_type, sender_id from public.messages where dossier_id = $1 and body = $2',
    [dossier!.id, body],
  );
  expect(rows).toEqual([{ sender_type: 'AGENT', sender_id: manager!.id }]);
});
