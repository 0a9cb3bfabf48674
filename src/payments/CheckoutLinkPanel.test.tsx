import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CheckoutLinkPanel } from './CheckoutLinkPanel';
import { ConfirmActionButton } from './ConfirmActionButton';

const url = 'http://127.0.0.1:54335/pay/cs_test_abc';

describe('CheckoutLinkPanel', () => {
  it('shows the URL with a QR code and copies it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    render(
      <AdminContext>
        <CheckoutLinkPanel url={url} />
      </AdminContext>,
    );
    expect(screen.getByDisplayValue(url)).toBeTruthy();
    expect(screen.getByTestId('checkout-link-panel').querySelector('svg')).not.toBeNull();
    expect(screen.getByRole('link', { name: /open/i }).getAttribute('href')).toBe(url);
    fireEvent.click(screen.getByRole('button', { name: /copy/i }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(url));
    expect(await screen.findByRole('button', { name: /copied/i })).toBeTruthy();
  });
});

describe('ConfirmActionButton', () => {
  it('runs the action only after confirmation', async () => {
    const action = vi.fn().mockResolvedValue(undefined);
    render(
      <AdminContext>
        <ConfirmActionButton
          label="Refund"
          title="Refund this order?"
          message="Stripe refunds the payment."
          successMessage="done"
          action={action}
        />
      </AdminContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Refund' }));
    expect(await screen.findByText('Stripe refunds the payment.')).toBeTruthy();
    expect(action).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /confirm/i }));
    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const action = vi.fn();
    render(
      <AdminContext>
        <ConfirmActionButton label="Refund" title="Refund?" message="Sure?" successMessage="done" action={action} />
      </AdminContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Refund' }));
    fireEvent.click(await screen.findByRole('button', { name: /cancel/i }));
    expect(action).not.toHaveBeenCalled();
  });
});
