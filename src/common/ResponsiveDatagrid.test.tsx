import { render, screen } from '@testing-library/react';
import { AdminContext, ListBase, ResourceContextProvider, TextField, memoryStore, type DataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/renderApp';
import { ResponsiveDatagrid } from './ResponsiveDatagrid';

/** jsdom has no layout: answer MUI's media queries as a phone (max-width matches) or a desktop. */
const setScreen = (phone: boolean) => {
  window.matchMedia = vi.fn((query: string) => ({
    matches: phone && query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })) as unknown as typeof window.matchMedia;
};

const renderList = (getList: ReturnType<typeof vi.fn>) =>
  render(
    <AdminContext dataProvider={fakeDataProvider({ getList }) as unknown as DataProvider} store={memoryStore()}>
      <ResourceContextProvider value="products">
        <ListBase>
          <ResponsiveDatagrid primaryText={(r) => `card ${String(r.name)}`} secondaryText={<TextField source="code" />}>
            <TextField source="name" />
          </ResponsiveDatagrid>
        </ListBase>
      </ResourceContextProvider>
    </AdminContext>,
  );

const rows = vi.fn(async () => ({ data: [{ id: 'p1', name: 'LLC', code: 'LLC_FORMATION' }], total: 1 }));

describe('ResponsiveDatagrid', () => {
  afterEach(() => setScreen(false));

  it('shows one card per row on a phone, without a table', async () => {
    setScreen(true);
    renderList(rows);
    expect(await screen.findByText('card LLC')).toBeTruthy();
    expect(screen.getByText('LLC_FORMATION')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the table on a desktop', async () => {
    setScreen(false);
    renderList(rows);
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(screen.queryByText('card LLC')).toBeNull();
  });

  it('shows skeleton placeholders while the page loads', async () => {
    for (const phone of [true, false]) {
      setScreen(phone);
      const { container, unmount } = renderList(vi.fn(() => new Promise(() => undefined)));
      await vi.waitFor(() => expect(container.querySelectorAll('[class*="RaPlaceholder-root"]').length).toBeGreaterThan(0), {
        timeout: 5000,
      });
      unmount();
    }
  });
});
