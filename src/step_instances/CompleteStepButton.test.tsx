import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderApp } from '../test/renderApp';

const step = { id: 'si-1', dossier_id: 'd-1', step_id: 'step-1', status: 'IN_PROGRESS', assigned_to: 'user-1' };

const openStep = (approved: { document_type_id: string }[]) => {
  const completeStepInstance = vi.fn(async () => ({}));
  const dataProvider = fakeDataProvider({
    getOne: vi.fn(async () => ({ data: step })),
    getList: vi.fn(async (resource: string) => {
      if (resource === 'document_types') return { data: [{ id: 'passport', required_step_id: 'step-1' }], total: 1 };
      if (resource === 'documents')
        return { data: approved.map((doc, i) => ({ id: `doc-${i}`, status: 'APPROVED', ...doc })), total: approved.length };
      return { data: [], total: 0 };
    }),
    completeStepInstance,
  });
  renderApp('/step_instances/si-1/show', { role: 'AGENT', dataProvider });
  return { completeStepInstance };
};

describe('CompleteStepButton', () => {
  it('is disabled while a required document is not approved, and says "Documents: 0/1 approved"', async () => {
    const { completeStepInstance } = openStep([]);
    expect((await screen.findByTestId('complete-blocked-reason')).textContent).toBe('Documents: 0/1 approved.');
    const button = screen.getByRole('button', { name: 'Complete step' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe(screen.getByTestId('complete-blocked-reason').id);
    fireEvent.click(button);
    expect(completeStepInstance).not.toHaveBeenCalled();
  });

  it('completes once the required documents are approved', async () => {
    const { completeStepInstance } = openStep([{ document_type_id: 'passport' }]);
    const button = (await screen.findByRole('button', { name: 'Complete step' })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(screen.queryByTestId('complete-blocked-reason')).toBeNull();
    fireEvent.click(button);
    await waitFor(() => expect(completeStepInstance).toHaveBeenCalledWith('si-1'));
  });
});
