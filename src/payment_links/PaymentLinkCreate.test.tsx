import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderApp, submitForm } from '../test/renderApp';

describe('PaymentLinkCreate', () => {
  it('refuses a malformed e-mail and an expiry in the past before calling the server', async () => {
    const dataProvider = fakeDataProvider();
    renderApp('/payment_links/create', { role: 'AGENT', dataProvider });
    const email = await screen.findByLabelText(/^Prospect e-mail/);
    fireEvent.change(email, { target: { value: 'not-an-email' } });
    fireEvent.change(screen.getByLabelText(/^Expires/), { target: { value: '2020-01-01T10:00' } });
    submitForm();
    expect(await screen.findByText('Enter a valid e-mail address')).toBeTruthy();
    expect(screen.getByText('The expiry must be in the future')).toBeTruthy();
    expect(screen.getAllByText('Required').length).toBeGreaterThan(0); // the product
    expect(dataProvider.create).not.toHaveBeenCalled();
  });
});
