import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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

  it('reads the expiry in the locale (here English, month first with AM/PM) and sends the instant', async () => {
    const createPaymentLink = vi.fn(async () => ({ id: 'link-1', token: 't', url: 'https://checkout.test/1', expires_at: null }));
    const dataProvider = fakeDataProvider({
      createPaymentLink,
      getList: vi.fn(async () => ({ data: [{ id: 'p1', name: 'LLC formation', active: true }], total: 1 })),
      getMany: vi.fn(async () => ({ data: [{ id: 'p1', name: 'LLC formation', active: true }] })),
    });
    renderApp('/payment_links/create?source=%7B%22product_id%22%3A%22p1%22%7D', { role: 'AGENT', dataProvider });
    const expiry = (await screen.findByLabelText(/^Expires/)) as HTMLInputElement;
    expect(expiry.placeholder).toBe('mm/dd/yyyy hh:mm AM/PM');
    fireEvent.change(screen.getByLabelText(/^Prospect e-mail/), { target: { value: 'prospect@example.com' } });
    fireEvent.change(expiry, { target: { value: '08/16/2030 10:47 PM' } });
    submitForm();
    await waitFor(() => expect(createPaymentLink).toHaveBeenCalled());
    expect(createPaymentLink).toHaveBeenCalledWith(
      expect.objectContaining({ product_id: 'p1', expires_at: new Date(2030, 7, 16, 22, 47).toISOString() }),
    );
  });
});
