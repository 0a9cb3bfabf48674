import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AgentRole } from '../access/roles';
import { fakeDataProvider, renderApp } from '../test/renderApp';

const order = (status: string) => ({
  id: 'order-1',
  status,
  amount: 99900,
  currency: 'USD',
  user_id: null,
  product_id: null,
  created_at: '2026-11-01T10:00:00Z',
});

const openOrder = (status: string, role: AgentRole, sendPaymentReminder = vi.fn(async () => ({ sent: 1, failed: 0 }))) => {
  const dataProvider = fakeDataProvider({
    getOne: vi.fn(async () => ({ data: order(status) })),
    sendPaymentReminder,
  });
  renderApp('/orders/order-1/show', { role, dataProvider });
  return { dataProvider, sendPaymentReminder };
};

const sendButton = () => screen.findByRole('button', { name: 'Send reminder now' });

describe('Send reminder now (order show)', () => {
  it('asks for confirmation, then sends the reminder of the order and says so', async () => {
    const { sendPaymentReminder } = openOrder('PENDING', 'MANAGER');
    fireEvent.click(await sendButton());
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('E-mail a payment reminder to the customer now?')).toBeTruthy();
    expect(sendPaymentReminder).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(sendPaymentReminder).toHaveBeenCalledWith('order-1'));
    expect(await screen.findByText('Reminder sent')).toBeTruthy();
  });

  it("shows the function's refusal (nothing to send) as the notification", async () => {
    const refusal = Object.assign(new Error('No reminder to send'), {
      status: 409,
      body: { code: 'P0001', message: 'No reminder to send: one was sent less than a minute ago' },
    });
    const { sendPaymentReminder } = openOrder(
      'FAILED',
      'ADMIN',
      vi.fn(async () => Promise.reject(refusal)),
    );
    fireEvent.click(await sendButton());
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(sendPaymentReminder).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/one was sent less than a minute ago/)).toBeTruthy();
    expect(screen.queryByText('Reminder sent')).toBeNull();
  });

  it('is disabled on a paid order, with the reason next to it', async () => {
    openOrder('PAID', 'MANAGER');
    const send = await sendButton();
    expect((send as HTMLButtonElement).disabled).toBe(true);
    const reason = document.getElementById(send.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('This order is Paid: no reminder is needed.');
  });

  it('disables Refund on a pending order and says why', async () => {
    openOrder('PENDING', 'MANAGER');
    const refund = await screen.findByRole('button', { name: 'Refund' });
    expect((refund as HTMLButtonElement).disabled).toBe(true);
    expect(document.getElementById(refund.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Only a paid order can be refunded (this one is Pending).',
    );
  });

  it('is not offered to an agent', async () => {
    openOrder('PENDING', 'AGENT');
    expect(await screen.findByText('Pending')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send reminder now' })).toBeNull();
  });
});
