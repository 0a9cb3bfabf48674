import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderApp, submitForm } from '../test/renderApp';

const fill = (label: RegExp, value: string) => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

describe('ProductCreate', () => {
  it('validates before submitting: code format, required name, price not negative', async () => {
    const dataProvider = fakeDataProvider();
    renderApp('/products/create', { role: 'ADMIN', dataProvider });
    await screen.findByLabelText(/^Code/);
    fill(/^Code/, 'llc formation');
    fill(/^Price/, '-5');
    submitForm();
    expect(await screen.findByText('Use capital letters, digits and underscores (e.g. LLC_FORMATION)')).toBeTruthy();
    expect(screen.getByText('The price must be zero or more')).toBeTruthy();
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('refuses a 600-character name and a price over 1,000,000 in the form, with the limit', async () => {
    const dataProvider = fakeDataProvider();
    renderApp('/products/create', { role: 'ADMIN', dataProvider });
    await screen.findByLabelText(/^Code/);
    fill(/^Name/, 'x'.repeat(600));
    fill(/^Price/, '1000001');
    submitForm();
    expect(await screen.findByText('At most 200 characters')).toBeTruthy();
    expect(screen.getByText('The price may be at most 1,000,000')).toBeTruthy();
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('explains a duplicate code refused by the database in a sentence', async () => {
    const create = vi.fn(async () => {
      throw Object.assign(new Error('duplicate key value violates unique constraint "products_code_key"'), {
        status: 409,
        body: {
          code: '23505',
          message: 'duplicate key value violates unique constraint "products_code_key"',
          details: 'Key (code)=(LLC_FORMATION) already exists.',
        },
      });
    });
    const dataProvider = fakeDataProvider({ create });
    renderApp('/products/create', { role: 'ADMIN', dataProvider });
    await screen.findByLabelText(/^Code/);
    fill(/^Code/, 'LLC_FORMATION');
    fill(/^Name/, 'LLC Formation');
    fill(/^Price/, '999'); // typed in dollars, kept in cents
    fireEvent.mouseDown(screen.getByLabelText(/^Dossier type/));
    fireEvent.click(await screen.findByRole('option', { name: 'US LLC' }));
    submitForm();
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]).toMatchObject([
      'products',
      { data: { code: 'LLC_FORMATION', name: 'LLC Formation', price_amount: 99900, currency: 'USD', dossier_type: 'LLC' } },
    ]);
    expect(await screen.findByText('Code: another record already uses LLC_FORMATION.')).toBeTruthy();
    expect(screen.queryByText(/duplicate key/)).toBeNull();
  });
});
