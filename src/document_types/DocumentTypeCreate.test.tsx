import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderApp, submitForm } from '../test/renderApp';

describe('DocumentTypeCreate', () => {
  it('checks extensions and size, then saves extensions as a list', async () => {
    const dataProvider = fakeDataProvider();
    renderApp('/document_types/create', { role: 'ADMIN', dataProvider });
    const extensions = await screen.findByLabelText(/^Allowed extensions/);
    fireEvent.change(screen.getByLabelText(/^Code/), { target: { value: 'PASSPORT_SCAN' } });
    fireEvent.change(screen.getByLabelText(/^Label/), { target: { value: 'Passport scan' } });
    fireEvent.change(extensions, { target: { value: 'p d f!' } });
    fireEvent.change(screen.getByLabelText(/^Maximum size/), { target: { value: '500' } });
    submitForm();
    expect(await screen.findByText('The maximum size must be between 1 and 100 MB')).toBeTruthy();
    expect(dataProvider.create).not.toHaveBeenCalled();

    fireEvent.change(extensions, { target: { value: 'PDF, .jpg' } });
    fireEvent.change(screen.getByLabelText(/^Maximum size/), { target: { value: '20' } });
    submitForm();
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create!.mock.calls[0]![1].data).toMatchObject({
      code: 'PASSPORT_SCAN',
      allowed_extensions: ['pdf', 'jpg'],
      max_file_size_mb: 20,
    });
  });
});
