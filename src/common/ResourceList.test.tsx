import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderApp } from '../test/renderApp';

const oneRow = (row: Record<string, unknown>) =>
  fakeDataProvider({ getList: vi.fn(async () => ({ data: [{ id: 'r1', ...row }], total: 1 })) });

describe('ResourceList (resource lists)', () => {
  it('shows the shared empty state when a list has no rows', async () => {
    renderApp('/orders', { role: 'ADMIN' });
    expect(await screen.findByTestId('list-empty')).toBeTruthy();
  });

  it('shows filter and export buttons, and the translated always-on date range of orders', async () => {
    renderApp('/orders', { role: 'MANAGER', dataProvider: oneRow({ created_at: '2026-01-02T10:00:00Z', amount: 100, status: 'PAID' }) });
    expect(await screen.findByRole('button', { name: /export/i })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /add filter/i })).toBeTruthy();
    expect(await screen.findByLabelText('Created after')).toBeTruthy();
    expect(screen.getByLabelText('Created before')).toBeTruthy();
  });

  it('puts the list’s own create button in the toolbar, without the filter button where the list asks so', async () => {
    renderApp('/steps', { role: 'ADMIN', dataProvider: oneRow({ position: 1, code: 'S1', label: 'Step one' }) });
    expect(await screen.findByRole('link', { name: /create/i })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: /export/i })).toBeTruthy());
    expect(screen.queryByRole('button', { name: /add filter/i })).toBeNull();
  });
});
