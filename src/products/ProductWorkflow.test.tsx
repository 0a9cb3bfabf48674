import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderApp } from '../test/renderApp';

const product = { id: 'p1', code: 'LLC', name: 'LLC Formation', dossier_type: 'LLC', price_amount: 99900, currency: 'USD', active: true };
const rows = [
  { id: 'ps1', product_id: 'p1', step_id: 's1', position: 0, is_required: true, estimated_duration_hours: 24 },
  { id: 'ps2', product_id: 'p1', step_id: 's2', position: 1, is_required: true, estimated_duration_hours: 72 },
  { id: 'ps3', product_id: 'p1', step_id: 's3', position: 2, is_required: false, estimated_duration_hours: null },
];
const steps = [
  { id: 's1', code: 'QUALIFICATION', label: 'Qualification' },
  { id: 's2', code: 'DOCUMENT_COLLECTION', label: 'Document Collection' },
  { id: 's3', code: 'FORM_SUBMISSION', label: 'Form Submission' },
];

const providerWithWorkflow = () => {
  const reorderProductSteps = vi.fn(async () => undefined);
  const dataProvider = {
    ...fakeDataProvider({
      getOne: vi.fn(async () => ({ data: product })),
      getList: vi.fn(async (resource: string) =>
        resource === 'product_steps'
          ? { data: rows, total: rows.length }
          : resource === 'steps'
            ? { data: steps, total: 3 }
            : { data: [], total: 0 },
      ),
      getMany: vi.fn(async (resource: string) => ({ data: resource === 'steps' ? steps : [] })),
    }),
    reorderProductSteps,
  };
  return { dataProvider, reorderProductSteps };
};

describe('ProductWorkflow', () => {
  it('lets an admin move a step up and sends only the rows that change, in one reorder call', async () => {
    const { dataProvider, reorderProductSteps } = providerWithWorkflow();
    renderApp('/products/p1', { role: 'ADMIN', dataProvider });
    const workflow = await screen.findByTestId('product-workflow');
    await within(workflow).findByText('Form Submission');
    fireEvent.click(within(workflow).getByRole('button', { name: 'Move up Form Submission' }));
    await waitFor(() => expect(reorderProductSteps).toHaveBeenCalledTimes(1));
    expect(reorderProductSteps).toHaveBeenCalledWith(
      'p1',
      [
        { id: 'ps1', step_id: 's1', position: 0 },
        { id: 'ps3', step_id: 's3', position: 1 },
        { id: 'ps2', step_id: 's2', position: 2 },
      ],
      [
        { id: 'ps3', step_id: 's3', position: 1 },
        { id: 'ps2', step_id: 's2', position: 2 },
      ],
    );
    expect(within(workflow).getByRole('button', { name: 'Move up Qualification' })).toHaveProperty('disabled', true);
  });

  it('shows the workflow read-only to an agent on the product page', async () => {
    const { dataProvider } = providerWithWorkflow();
    renderApp('/products/p1/show', { role: 'AGENT', dataProvider });
    const workflow = await screen.findByTestId('product-workflow');
    expect(await within(workflow).findByText('Document Collection')).toBeTruthy();
    expect(within(workflow).getByText('Required · 72 h')).toBeTruthy();
    expect(within(workflow).getByText('Optional')).toBeTruthy();
    expect(within(workflow).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByTestId('workflow-add-step')).toBeNull();
  });
});
