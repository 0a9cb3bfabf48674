import { fireEvent, render, screen } from '@testing-library/react';
import { AdminContext, Datagrid, ListBase, ResourceContextProvider, TextField, memoryStore, type DataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider } from '../test/renderApp';
import { KeyboardDatagridBody } from './KeyboardDatagridBody';

const getList = vi.fn(async () => ({ data: [{ id: 'p1', name: 'LLC' }], total: 1 }));

const renderRows = (rowClick: ((id: unknown) => false) | false) =>
  render(
    <AdminContext dataProvider={fakeDataProvider({ getList }) as unknown as DataProvider} store={memoryStore()}>
      <ResourceContextProvider value="products">
        <ListBase>
          <Datagrid rowClick={rowClick} bulkActionButtons={false} body={<KeyboardDatagridBody />}>
            <TextField source="name" />
          </Datagrid>
        </ListBase>
      </ResourceContextProvider>
    </AdminContext>,
  );

describe('KeyboardDatagridBody', () => {
  it('makes a clickable row a Tab stop that Enter opens', async () => {
    const opened = vi.fn((_id: unknown) => false as const);
    renderRows(opened);
    const row = (await screen.findByText('LLC')).closest('tr') as HTMLTableRowElement;
    expect(row.tabIndex).toBe(0);
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(opened.mock.calls[0]?.[0]).toBe('p1');
  });

  it('leaves a row without rowClick out of the Tab order', async () => {
    renderRows(false);
    const row = (await screen.findByText('LLC')).closest('tr') as HTMLTableRowElement;
    expect(row.hasAttribute('tabindex')).toBe(false);
  });
});
