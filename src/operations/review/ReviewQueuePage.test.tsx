import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, type AuthProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import type { OpsDataProvider } from '../api';
import { ReviewQueuePage } from './ReviewQueuePage';

const version = (id: string, documentId: string, uploadedAt: string, label: string) => ({
  id, document_id: documentId, version_number: 1, file_name: `${id}.pdf`, mime_type: 'application/pdf', file_size_bytes: 100,
  storage_path: `dossier/${documentId}/${id}.pdf`, uploaded_at: uploadedAt,
  documents: {
    id: documentId, status: 'PENDING', dossier_id: 'dossier', step_instance_id: null,
    document_types: { label, code: label }, dossiers: { id: 'dossier', type: 'LLC', status: 'IN_PROGRESS', profiles: { full_name: 'Jane Doe', email: null } },
  },
});

const queue = [
  version('v-old', 'd1', '2026-01-01T00:00:00Z', 'Passport'),
  version('v-new', 'd2', '2026-01-02T00:00:00Z', 'Proof of address'),
];

function setup(rpc: OpsDataProvider['rpc']) {
  const supabaseClient = vi.fn(async (url: string) => {
    if (url.startsWith('document_versions?')) return { json: queue };
    if (url.includes('/storage/v1/object/sign/')) return { json: { signedURL: `/object/sign/documents/x?token=t` } };
    throw new Error(`unexpected ${url}`);
  });
  const dataProvider = { supabaseClient, rpc } as unknown as OpsDataProvider;
  const authProvider: AuthProvider = {
    login: async () => undefined, logout: async () => undefined, checkAuth: async () => undefined,
    checkError: async () => undefined, getPermissions: async () => 'REVIEWER', canAccess: async () => true,
  };
  render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider}>
      <ReviewQueuePage />
    </AdminContext>,
  );
  return { supabaseClient };
}

describe('ReviewQueuePage', () => {
  it('shows the oldest version first with its preview and the shortcuts', async () => {
    const { supabaseClient } = setup(vi.fn());
    expect(await screen.findByTestId('review-current-title')).toHaveProperty('textContent', expect.stringContaining('Passport'));
    expect(screen.getAllByTestId('review-queue-item')).toHaveLength(2);
    expect(screen.getByTestId('review-shortcuts').textContent).toMatch(/A approve/);
    expect(await screen.findByTestId('file-preview-pdf')).toBeTruthy();
    const query = decodeURIComponent(String(supabaseClient.mock.calls[0]![0]));
    expect(query).toContain('documents.status=eq.PENDING');
    expect(query).toContain('order=uploaded_at.asc');
  });

  it('approves with A and shows the next version at once', async () => {
    const rpc = vi.fn().mockResolvedValue({ id: 'review' });
    setup(rpc);
    await screen.findByTestId('review-current-title');
    fireEvent.keyDown(window, { key: 'a' });
    await waitFor(() => expect(rpc).toHaveBeenCalledWith('review_document_version', {
      p_version_id: 'v-old', p_decision: 'APPROVED', p_notes: null,
    }));
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
    await waitFor(() => expect(rpc).toHaveBeenCalledWith('review_document_version', {
      p_version_id: 'v-old', p_decision: 'REJECTED', p_notes: 'Blurry scan',
    }));
  });

  it('tells the second reviewer the version was already reviewed and moves on', async () => {
    const rpc = vi.fn().mockRejectedValue(Object.assign(new Error('this document version has already been reviewed'), {
      status: 400, body: { code: 'P0001', message: 'this document version has already been reviewed' },
    }));
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
