import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderApp } from '../test/renderApp';

const product = { id: 'p1', code: 'LLC', name: 'LLC Formation', dossier_type: 'LLC', price_amount: 99900, currency: 'USD', active: true };
const steps = [
  { id: 's1', code: 'QUALIFICATION', label: 'Qualification' },
  { id: 's2', code: 'DOCUMENT_COLLECTION', label: 'Document Collection' },
];

/** A server holding the product's two workflow steps; a delete really removes the row. */
const serverWithWorkflow = () => {
  let rows = [
    { id: 'ps1', product_id: 'p1', step_id: 's1', position: 0, is_required: true, estimated_duration_hours: 24 },
    { id: 'ps2', product_id: 'p1', step_id: 's2', position: 1, is_required: true, estimated_duration_hours: 72 },
  ];
  const dataProvider = fakeDataProvider({
    getOne: vi.fn(async () => ({ data: product })),
    getList: vi.fn(async (resource: string) =>
      resource === 'product_steps' ? { data: rows, total: rows.length } : { data: [], total: 0 },
    ),
    getMany: vi.fn(async (resource: string) => ({ data: resource === 'steps' ? steps : [] })),
    delete: vi.fn(async (_resource: string, params: { id: string }) => {
      rows = rows.filter((row) => row.id !== params.id);
      return { data: { id: params.id } };
    }),
  });
  return dataProvider;
};

const removeDocumentCollection = async () => {
  const workflow = await screen.findByTestId('product-workflow');
  // By label, not by role: a role query computes styles for the whole app's tree on every poll.
  fireEvent.click(await within(workflow).findByLabelText('Remove Document Collection'));
  return workflow;
};

describe('removing a step from a product workflow (undoable)', () => {
  it('takes the step out at once and offers Undo; Undo keeps it and sends nothing', async () => {
    const dataProvider = serverWithWorkflow();
    renderApp('/products/p1', { role: 'ADMIN', dataProvider });
    const workflow = await removeDocumentCollection();
    expect(await screen.findByText('Step removed')).toBeTruthy();
    await waitFor(() => expect(within(workflow).queryByText('Document Collection')).toBeNull());

    fireEvent.click(screen.getByText('Undo'));
    expect(await within(workflow).findByText('Document Collection')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Step removed')).toBeNull());
    expect(dataProvider.delete).not.toHaveBeenCalled();
  });

  it('sends the delete once the notification closes without Undo', async () => {
    const dataProvider = serverWithWorkflow();
    renderApp('/products/p1', { role: 'ADMIN', dataProvider });
    const workflow = await removeDocumentCollection();
    await screen.findByText('Step removed');
    expect(dataProvider.delete).not.toHaveBeenCalled();
    fireEvent.keyDown(document, { key: 'Escape' }); // closes the notification, as its delay would
    await waitFor(() => expect(dataProvider.delete).toHaveBeenCalledWith('product_steps', expect.objectContaining({ id: 'ps2' })));
    expect(within(workflow).getByText('Qualification')).toBeTruthy();
    expect(within(workflow).queryByText('Document Collection')).toBeNull();
  });
});
