import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { renderOps } from '../renderOps';
import { ReviewQueuePage } from './ReviewQueuePage';

const item = (versionId: string, documentId: string, uploadedAt: string, label: string) => ({
  id: documentId,
  status: 'PENDING',
  dossier_id: 'dossier',
  updated_at: uploadedAt,
  document_types: { label, code: label },
  dossiers: { id: 'dossier', type: 'LLC', status: 'IN_PROGRESS', profiles: { full_name: 'Jane Doe', email: null } },
  version: {
    id: versionId,
    version_number: 1,
    file_name: `${versionId}.pdf`,
    mime_type: 'application/pdf',
    file_size_bytes: 100,
    storage_path: `dossier/${documentId}/${versionId}.pdf`,
    uploaded_at: uploadedAt,
  },
});

const queue = [item('v-old', 'd1', '2026-01-01T00:00:00Z', 'Passport'), item('v-new', 'd2', '2026-01-02T00:00:00Z', 'Proof of address')];

function setup(reviewDocumentVersion: Mock) {
  const getReviewQueue = vi.fn(async () => ({ rows: queue, total: 2 }));
  const getDocumentSignedUrl = vi.fn(async (path: string) => `http://api.test/storage/v1/object/sign/documents/${path}?token=t`);
  renderOps(<ReviewQueuePage />, { getReviewQueue, getDocumentSignedUrl, reviewDocumentVersion }, { role: 'REVIEWER' });
  return { getReviewQueue, getDocumentSignedUrl };
}

describe('ReviewQueuePage', () => {
  it('shows the oldest version first with its preview and the shortcuts', async () => {
    const { getReviewQueue, getDocumentSignedUrl } = setup(vi.fn());
    expect(await screen.findByTestId('review-current-title')).toHaveProperty('textContent', expect.stringContaining('Passport'));
    expect(screen.getAllByTestId('review-queue-item')).toHaveLength(2);
    expect(screen.getByTestId('review-shortcuts').textContent).toMatch(/A approve/);
    expect(await screen.findByTestId('file-preview-pdf')).toBeTruthy();
    expect(getReviewQueue).toHaveBeenCalledTimes(1);
    // The next version's file is signed ahead, once.
    await waitFor(() =>
      expect(getDocumentSignedUrl.mock.calls.map(([path]) => path)).toEqual(['dossier/d1/v-old.pdf', 'dossier/d2/v-new.pdf']),
    );
  });

  it('approves with A and shows the next version at once', async () => {
    const review = vi.fn().mockResolvedValue({ id: 'review' });
    setup(review);
    await screen.findByTestId('review-current-title');
    fireEvent.keyDown(window, { key: 'a' });
    await waitFor(() => expect(review).toHaveBeenCalledWith('v-old', 'APPROVED', null));
    await waitFor(() => expect(screen.getByTestId('review-current-title').textContent).toContain('Proof of address'));
    expect(screen.getAllByTestId('review-queue-item')).toHaveLength(1);
  });

  it('refuses R without notes, then rejects with the notes typed after N', async () => {
    const rpc = vi.fn().mockResolvedValue({ id: 'review' });
    setup(rpc);
    await screen.findByTestId('review-current-title');
    fireEvent.keyDown(window, { key: 'r' });
    expect((await screen.findByTestId('review-message')).textContent).toMatch(/notes/i);
    expect(rpc).not.toHaveBeenCalled();
    const notes = screen.getByTestId('review-notes');
    fireEvent.change(notes, { target: { value: 'Blurry scan' } });
    fireEvent.keyDown(notes, { key: 'r' }); // typing in the field is not a shortcut
    expect(rpc).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { key: 'R' });
    await waitFor(() => expect(rpc).toHaveBeenCalledWith('v-old', 'REJECTED', 'Blurry scan'));
  });

  it('tells the second reviewer the version was already reviewed and moves on', async () => {
    const rpc = vi.fn().mockRejectedValue(
      Object.assign(new Error('this document version has already been reviewed'), {
        status: 400,
        body: { code: 'P0001', message: 'this document version has already been reviewed' },
      }),
    );
    setup(rpc);
    await screen.findByTestId('review-current-title');
    fireEvent.keyDown(window, { key: 'a' });
    expect((await screen.findByTestId('review-message')).textContent).toMatch(/Already reviewed/);
    expect(screen.getByTestId('review-current-title').textContent).toContain('Proof of address');
  });

  it('moves with J and K', async () => {
    setup(vi.fn());
    await screen.findByTestId('review-current-title');
    fireEvent.keyDown(window, { key: 'j' });
    expect(screen.getByTestId('review-current-title').textContent).toContain('Proof of address');
    fireEvent.keyDown(window, { key: 'k' });
    expect(screen.getByTestId('review-current-title').textContent).toContain('Passport');
  });
});
