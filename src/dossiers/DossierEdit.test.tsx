import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderApp, submitForm } from '../test/renderApp';

describe('dossier status change (edit)', () => {
  it('goes through change_dossier_status with the note, never a direct update', async () => {
    const changeDossierStatus = vi.fn(async () => ({}));
    const dataProvider = fakeDataProvider({
      getOne: vi.fn(async () => ({ data: { id: 'd1', type: 'LLC', status: 'IN_PROGRESS', user_id: 'u1' } })),
      changeDossierStatus,
    });
    renderApp('/dossiers/d1', { role: 'MANAGER', dataProvider });
    fireEvent.mouseDown(await screen.findByLabelText(/^Status/));
    fireEvent.click(await screen.findByRole('option', { name: 'On hold' }));
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'Waiting for the passport' } });
    submitForm();
    await waitFor(() => expect(changeDossierStatus).toHaveBeenCalledWith('d1', 'ON_HOLD', 'Waiting for the passport'));
    expect(dataProvider.update).not.toHaveBeenCalled();
  });
});
