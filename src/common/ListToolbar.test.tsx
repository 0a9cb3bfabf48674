import { render, screen, waitFor } from '@testing-library/react';
import { AdminContext, ListBase, ResourceContextProvider, memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/renderApp';
import { ListToolbar } from './ListToolbar';

const authProvider = (allowExport: boolean): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  canAccess: vi.fn(async ({ action }) => action !== 'export' || allowExport),
});

const renderToolbar = (allowExport: boolean) => {
  const auth = authProvider(allowExport);
  const dataProvider = fakeDataProvider({ getList: vi.fn(async () => ({ data: [{ id: 1 }], total: 1 })) });
  render(
    <AdminContext authProvider={auth} dataProvider={dataProvider as unknown as DataProvider} store={memoryStore()}>
      <ResourceContextProvider value="orders">
        <ListBase>
          <ListToolbar filterButton={false}>
            <span>own button</span>
          </ListToolbar>
        </ListBase>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return auth;
};

describe('ListToolbar', () => {
  it('shows the list’s own buttons and the export button when export is allowed', async () => {
    const auth = renderToolbar(true);
    expect(await screen.findByText('own button')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /export/i })).toBeTruthy();
    expect(auth.canAccess).toHaveBeenCalledWith(expect.objectContaining({ resource: 'orders', action: 'export' }));
  });

  it('hides the export button once the auth provider refuses "export"', async () => {
    const auth = renderToolbar(false);
    expect(await screen.findByText('own button')).toBeTruthy();
    await waitFor(() => expect(auth.canAccess).toHaveBeenCalledWith(expect.objectContaining({ action: 'export' })));
    await waitFor(() => expect(screen.queryByRole('button', { name: /export/i })).toBeNull());
  });
});
