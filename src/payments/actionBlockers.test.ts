import { describe, expect, it } from 'vitest';
import {
  cancelLinkBlocker,
  cancelOrderBlocker,
  checkoutLinkBlocker,
  completeStepBlocker,
  refundBlocker,
  reminderBlocker,
} from './actionBlockers';

describe('action blockers', () => {
  it("lets an active link be cancelled, and says why a used or expired one cannot (the database's status)", () => {
    expect(cancelLinkBlocker({ status: 'active' })).toBeNull();
    expect(cancelLinkBlocker({ status: 'used' })?.key).toBe('app.actions.blocked.link_used');
    expect(cancelLinkBlocker({ status: 'expired' })?.key).toBe('app.actions.blocked.link_expired');
    expect(cancelLinkBlocker({ status: 'cancelled' })?.key).toBe('app.actions.blocked.link_cancelled');
  });

  it('offers the checkout link of an active link, and says why not once the link has expired', () => {
    expect(checkoutLinkBlocker({ status: 'active' })).toBeNull();
    expect(checkoutLinkBlocker({ status: 'expired' })?.key).toBe('app.actions.blocked.link_expired');
  });

  it('refunds only a paid order with a card payment', () => {
    expect(refundBlocker({ status: 'PAID', stripe_payment_intent_id: 'pi_1' })).toBeNull();
    expect(refundBlocker({ status: 'PENDING' })).toEqual({ key: 'app.actions.blocked.refund_not_paid', values: { status: 'PENDING' } });
    expect(refundBlocker({ status: 'PAID', stripe_payment_intent_id: null })?.key).toBe('app.actions.blocked.no_card_payment');
  });

  it('cancels and reminds only unpaid orders', () => {
    expect(cancelOrderBlocker({ status: 'PENDING' })).toBeNull();
    expect(cancelOrderBlocker({ status: 'PAID' })?.key).toBe('app.actions.blocked.cancel_paid');
    expect(reminderBlocker({ status: 'FAILED' })).toBeNull();
    expect(reminderBlocker({ status: 'PAID' })?.key).toBe('app.actions.blocked.reminder_not_unpaid');
  });

  it('blocks Complete until the required documents are approved, with the count', () => {
    expect(completeStepBlocker({ status: 'IN_PROGRESS' }, { required: 1, approved: 0 })).toEqual({
      key: 'app.actions.blocked.documents_pending',
      values: { approved: '0', required: '1' },
    });
    expect(completeStepBlocker({ status: 'IN_PROGRESS' }, { required: 1, approved: 1 })).toBeNull();
    expect(completeStepBlocker({ status: 'IN_PROGRESS' }, { required: 0, approved: 0 })).toBeNull();
  });
});
