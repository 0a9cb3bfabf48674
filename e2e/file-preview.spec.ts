/**
 * File previews in Chromium (issue 10, "Files"; issue 12, "previews working on phones"): the review
 * queue shows a PDF in Chromium's own viewer, on a desktop and on a phone (mobile emulation); the
 * framed answer carries `Content-Security-Policy: sandbox` and nosniff, a file that only claims to
 * be a PDF runs nothing, and why the frame has no `sandbox` attribute: Chromium does
 * not run its PDF viewer in a sandboxed frame, whatever the allow-list.
 */
import { expect, test, type Page } from '@playwright/test';
import { SIZES, horizontalOverflow } from './screens';
import { loginAs, serviceClient, siteUrl } from './support';
import { CUSTOMER_ID, arrangeDocument, arrangeDossier, query } from './operations-support';

/** Chromium's PDF viewer is an extension page framed inside the document's frame. */
const PDF_VIEWER = /^chrome-extension:\/\/[a-z]+\/index\.html/;
const pdfViewerShown = (page: Page) => page.frames().some((frame) => PDF_VIEWER.test(frame.url()));

async function arrangePendingPdf(label: string) {
  const dossier = await arrangeDossier(CUSTOMER_ID, 'DOCUMENT_COLLECTION');
  // Older than any other pending version: first in the queue.
  return arrangeDocument(dossier, 'DOCUMENT_COLLECTION', 'PASSPORT', {
    uploadedAt: '1990-01-01T00:00:00Z',
    fileName: `${label}-${Date.now()}.pdf`,
  });
}

/** Takes the document out of the review queue, for the tests that follow. */
const leaveQueue = (documentId: string) => query(`update public.documents set status = 'APPROVED' where id = $1`, [documentId]);

async function signedUrl(path: string): Promise<string> {
  const { data, error } = await serviceClient().storage.from('documents').createSignedUrl(path, 60);
  if (error) throw error;
  return data.signedUrl;
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use(size.use);

    test(`the review queue shows a PDF in Chromium's viewer, sandboxed by the answer (${size.name})`, async ({ page }) => {
      test.setTimeout(120_000); // sign-in, the queue, the viewer and two screenshots on a shared 2-core machine
      const arranged = await arrangePendingPdf(`e2e-preview-${size.name}`);
      try {
        await loginAs(page, 'reviewer');
        await page.goto(siteUrl('/review-queue'));
        // (the queue's first load, on a shared 2-core machine)
        await expect(page.getByTestId('review-current-title')).toContainText(`e2e-preview-${size.name}-`, { timeout: 30_000 });
        const frame = page.getByTestId('file-preview-pdf');
        await expect(frame).toBeVisible();
        await expect.poll(() => pdfViewerShown(page)).toBe(true);
        // Not a blank box: the frame fits the screen, is tall enough to read, and shows the page.
        await frame.scrollIntoViewIfNeeded();
        const box = (await frame.boundingBox())!;
        const viewport = page.viewportSize()!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.width).toBeGreaterThan(Math.min(300, viewport.width * 0.8));
        expect(box.height).toBeGreaterThan(300);
        // The frame's pixels against the same box with the frame hidden (the page's blank background).
        const pixels = async () => (await page.screenshot({ clip: box })).length;
        await frame.evaluate((element) => ((element as HTMLElement).style.visibility = 'hidden'));
        const blank = await pixels();
        await frame.evaluate((element) => ((element as HTMLElement).style.visibility = ''));
        await expect.poll(pixels, { timeout: 15_000, message: `PDF page painted (blank box: ${blank} bytes)` }).toBeGreaterThan(blank * 3);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        const answer = await page.request.get((await frame.getAttribute('src'))!);
        expect(answer.headers()).toMatchObject({
          'content-type': 'application/pdf',
          'x-content-type-options': 'nosniff',
          'content-security-policy': 'sandbox',
        });
        expect(answer.headers()['content-disposition']).toMatch(/^inline;/);
      } finally {
        await leaveQueue(arranged.documentId);
      }
    });
  });
}

test('a file that only claims to be a PDF runs nothing in the preview', async ({ page }) => {
  test.setTimeout(120_000);
  const arranged = await arrangePendingPdf('e2e-not-a-pdf');
  try {
    // The version says application/pdf; the stored file is a page with a script.
    const { error } = await serviceClient()
      .storage.from('documents')
      .upload(arranged.path, Buffer.from('<html><body><script>alert("xss")</script></body></html>'), {
        contentType: 'text/html',
        upsert: true,
      });
    expect(error).toBeNull();
    await loginAs(page, 'reviewer');
    // Served as an attachment (text/plain, CSP sandbox): the browser downloads it, never renders it.
    const outcome = Promise.race([
      page.waitForEvent('download', { timeout: 45_000 }).then(
        () => 'downloaded',
        () => 'no download',
      ),
      page.waitForEvent('dialog', { timeout: 45_000 }).then(
        async (dialog) => {
          await dialog.dismiss();
          return `script ran: ${dialog.message()}`;
        },
        () => 'no dialog',
      ),
    ]);
    await page.goto(siteUrl('/review-queue'));
    await expect(page.getByTestId('review-current-title')).toContainText('e2e-not-a-pdf-', { timeout: 30_000 });
    expect(await outcome).toBe('downloaded');
    await expect(page.getByTestId('file-preview-pdf')).toBeVisible();
    expect(pdfViewerShown(page)).toBe(false);
  } finally {
    await leaveQueue(arranged.documentId);
  }
});

test('Chromium shows no PDF in a sandboxed frame, whatever the allow-list (why the preview frame has none)', async ({ page }) => {
  const arranged = await arrangePendingPdf('e2e-sandbox');
  try {
    const url = await signedUrl(arranged.path);
    await page.setContent(`<iframe id="plain" src="${url}"></iframe>`);
    await expect.poll(() => pdfViewerShown(page)).toBe(true);
    await page.setContent(
      `<iframe id="sandboxed" sandbox="allow-scripts allow-same-origin allow-popups allow-forms allow-downloads" src="${url}"></iframe>`,
    );
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error://'))).toBe(true);
    expect(pdfViewerShown(page)).toBe(false);
  } finally {
    await leaveQueue(arranged.documentId);
  }
});
