/**
 * Operations end to end: the review queue moves a dossier on, a rejection reaches the customer, a
 * manager assigns a step that the agent completes in My work, the dashboard draws its charts, and
 * an agent cannot get the file of a dossier not assigned to them.
 */
import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../stack/demo-accounts';
import { loginAs, nodeClient, siteUrl } from './support';
import { AGENT_ID, CUSTOMER2_ID, CUSTOMER_ID, arrangeDocument, arrangeDossier, query } from './operations-support';

test('a reviewer approves the last required document of a step and the dossier moves to the next step', async ({ page, browser }) => {
  const dossier = await arrangeDossier(CUSTOMER_ID, 'DOCUMENT_COLLECTION');
  await arrangeDocument(dossier, 'DOCUMENT_COLLECTION', 'PASSPORT', { status: 'APPROVED' });
  const pending = await arrangeDocument(dossier, 'DOCUMENT_COLLECTION', 'PROOF_ADDRESS', {
    uploadedAt: '2000-01-01T00:00:00Z',
    fileName: `e2e-approve-${Date.now()}.pdf`,
  });

  await loginAs(page, 'reviewer');
  await page.goto(siteUrl('/review-queue'));
  await expect(page.getByTestId('review-current-title')).toContainText('e2e-approve-');
  await expect(page.getByTestId('review-shortcuts')).toContainText('A approve');
  // The file previews inline through a signed URL.
  const frame = page.getByTestId('file-preview-pdf');
  await expect(frame).toBeVisible();
  const src = await frame.getAttribute('src');
  expect(src).toContain('/storage/v1/object/sign/documents/');
  const file = await page.request.get(src!);
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await page.keyboard.press('a');
  await expect(page.getByText(/e2e-approve-/)).toHaveCount(0); // the next version (or the empty queue) shows

  // The queue moves on at once; the review's transaction may still be committing.
  await expect
    .poll(async () => {
      const [row] = await query<{ current: string; status: string }>(
        `select si.status, st.code as current from public.dossiers d
         join public.step_instances si on si.id = d.current_step_instance_id join public.steps st on st.id = si.step_id
         where d.id = $1`,
        [dossier.dossierId],
      );
      return row;
    })
    .toEqual({ current: 'FORM_SUBMISSION', status: 'IN_PROGRESS' });
  const reviews = await query('select 1 from public.document_reviews where document_version_id = $1', [pending.versionId]);
  expect(reviews).toHaveLength(1);

  // Visible in the dossier's timeline (a manager reads every event; a reviewer only document ones).
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await loginAs(manager, 'manager');
  await manager.goto(siteUrl(`/dossiers/${dossier.dossierId}/show/history`));
  const timeline = manager.getByTestId('dossier-timeline');
  await expect(timeline.getByTestId('timeline-review').first()).toContainText('Approved');
  await expect(timeline.getByText('Step completed').first()).toBeVisible();
  await managerContext.close();
});

test("a rejection with notes reaches the customer's notifications", async ({ page }) => {
  const dossier = await arrangeDossier(CUSTOMER_ID, 'DOCUMENT_COLLECTION');
  const pending = await arrangeDocument(dossier, 'DOCUMENT_COLLECTION', 'PASSPORT', {
    uploadedAt: '2000-01-01T00:00:00Z',
    fileName: `e2e-reject-${Date.now()}.pdf`,
  });
  await loginAs(page, 'reviewer');
  await page.goto(siteUrl('/review-queue'));
  await expect(page.getByTestId('review-current-title')).toContainText('e2e-reject-');
  await page.keyboard.press('r');
  await expect(page.getByTestId('review-message')).toContainText('notes');
  await page.keyboard.press('n');
  await page.keyboard.type('The scan is blurry, please upload a sharper copy.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('r');
  await expect(page.getByText(/e2e-reject-/)).toHaveCount(0);
  const notifications = await query<{ body: string }>(
    `select n.body from public.notifications n join public.events e on e.id = n.event_id
     where n.user_id = $1 and e.payload ->> 'version_id' = $2`,
    [CUSTOMER_ID, pending.versionId],
  );
  expect(notifications).toHaveLength(1);
  expect(notifications[0]!.body).toContain('The scan is blurry');
});

test('a second reviewer on the same version is told it was already reviewed, and no second review is written', async ({ page }) => {
  const dossier = await arrangeDossier(CUSTOMER_ID, 'DOCUMENT_COLLECTION');
  const pending = await arrangeDocument(dossier, 'DOCUMENT_COLLECTION', 'PASSPORT', {
    uploadedAt: '2000-01-01T00:00:00Z',
    fileName: `e2e-race-${Date.now()}.pdf`,
  });
  await loginAs(page, 'reviewer');
  await page.goto(siteUrl('/review-queue'));
  await expect(page.getByTestId('review-current-title')).toContainText('e2e-race-');

  // Meanwhile an admin decides on the same version.
  const admin = nodeClient();
  await admin.auth.signInWithPassword({ email: DEMO_ACCOUNTS.admin, password: DEMO_PASSWORD });
  const first = await admin.rpc('review_document_version', { p_version_id: pending.versionId, p_decision: 'APPROVED' });
  expect(first.error).toBeNull();

  await page.keyboard.press('a');
  await expect(page.getByTestId('review-message')).toContainText('Already reviewed');
  await expect(page.getByText(/e2e-race-/)).toHaveCount(0);
  const reviews = await query('select 1 from public.document_reviews where document_version_id = $1', [pending.versionId]);
  expect(reviews).toHaveLength(1);
});

test('a manager assigns a step and the agent completes it in My work', async ({ page, browser }) => {
  const dossier = await arrangeDossier(CUSTOMER_ID, 'QUALIFICATION');
  const stepId = dossier.stepInstanceIds.QUALIFICATION!;
  await query(`update public.step_instances set due_at = now() + interval '1 hour' where id = $1`, [stepId]);

  await loginAs(page, 'manager');
  await page.goto(siteUrl('/step-board'));
  const card = page.locator(`[data-testid="board-step"][data-step-id="${stepId}"]`);
  await expect(page.getByTestId('board-column-unassigned').locator(`[data-step-id="${stepId}"]`)).toBeVisible();
  await card.getByRole('combobox').click();
  await page.getByRole('option', { name: /Alice Agent/ }).click();
  await expect(page.getByTestId('board-column-assigned').locator(`[data-step-id="${stepId}"]`)).toBeVisible();
  expect(
    (await query<{ assigned_to: string }>('select assigned_to from public.step_instances where id = $1', [stepId]))[0]!.assigned_to,
  ).toBe(AGENT_ID);

  const agentContext = await browser.newContext();
  const agentPage = await agentContext.newPage();
  await loginAs(agentPage, 'agent');
  await agentPage.goto(siteUrl('/my-work'));
  const mine = agentPage.locator(`[data-testid="my-work-step"][data-step-id="${stepId}"]`);
  await expect(mine).toBeVisible();
  await mine.getByRole('button', { name: 'Complete' }).click();
  await expect(mine).toHaveCount(0);
  await agentContext.close();
  const [step] = await query<{ status: string }>('select status from public.step_instances where id = $1', [stepId]);
  expect(step!.status).toBe('COMPLETED');
});

test('the dashboard shows non-empty charts on demo data, per role', async ({ page, browser }) => {
  await arrangeDossier(CUSTOMER_ID, 'QUALIFICATION');
  await loginAs(page, 'manager');
  await page.goto(siteUrl('/'));
  await expect(page.getByTestId('role-dashboard')).toBeVisible();
  for (const chart of [
    'chart-revenue',
    'chart-orders-by-status',
    'chart-link-conversion',
    'chart-pipeline',
    'chart-avg-step-time',
    'chart-review-throughput',
    'chart-review-queue',
    'chart-overdue-steps',
  ]) {
    await expect(page.getByTestId(chart), chart).toHaveAttribute('data-state', 'ready');
  }
  await expect(page.getByTestId('chart-pipeline').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByTestId('chart-revenue').locator('.recharts-line').first()).toBeVisible();

  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await loginAs(reviewer, 'reviewer');
  await expect(reviewer.getByTestId('chart-review-queue')).toHaveAttribute('data-state', 'ready');
  await expect(reviewer.getByTestId('chart-revenue')).toHaveCount(0);
  await reviewerContext.close();
});

test('an agent cannot get the file of a document on a dossier not assigned to them', async () => {
  const dossier = await arrangeDossier(CUSTOMER2_ID, 'DOCUMENT_COLLECTION');
  const other = await arrangeDocument(dossier, 'DOCUMENT_COLLECTION', 'PASSPORT');
  const mine = await arrangeDossier(CUSTOMER_ID, 'DOCUMENT_COLLECTION', { assignedTo: AGENT_ID });
  const own = await arrangeDocument(mine, 'DOCUMENT_COLLECTION', 'PASSPORT');
  const agent = nodeClient();
  const { error: loginError } = await agent.auth.signInWithPassword({ email: DEMO_ACCOUNTS.agent, password: DEMO_PASSWORD });
  expect(loginError).toBeNull();
  const refused = await agent.storage.from('documents').createSignedUrl(other.path, 60);
  expect(refused.data).toBeNull();
  expect((await agent.storage.from('documents').download(other.path)).data).toBeNull();
  const allowed = await agent.storage.from('documents').createSignedUrl(own.path, 60);
  expect(allowed.error).toBeNull();
});
