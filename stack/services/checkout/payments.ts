/**
 * What happens when the prospect acts on the local checkout page, or when a function calls the
 * Stripe API: the session changes state and the matching Stripe event goes to the webhook.
 */
import type { StackConfig } from '../../config.ts';
import { type CheckoutSession, type CheckoutStore, publicSession, type Refund, stripeId } from './store.ts';
import { buildEvent, deliverEvent, type DeliveryResult } from './webhook-sender.ts';

export type CheckoutAction = 'pay' | 'pay-async' | 'async-succeed' | 'async-fail' | 'decline' | 'expire';

export class CheckoutConflict extends Error {}

export interface ActionResult {
  session: CheckoutSession;
  deliveries: DeliveryResult[];
}

const now = () => Math.floor(Date.now() / 1000);

function paymentIntent(session: CheckoutSession, status: string, lastError: unknown = null) {
  return {
    id: session.payment_intent,
    object: 'payment_intent',
    amount: session.amount_total,
    currency: session.currency,
    status,
    metadata: session._payment_intent_metadata,
    last_payment_error: lastError,
    receipt_email: session.customer_details?.email ?? session.customer_email,
    created: session.created,
    livemode: false,
  };
}

export function chargeFor(session: CheckoutSession, amountRefunded: number) {
  const intent = session.payment_intent ?? '';
  return {
    id: `ch_${intent.slice(3)}`,
    object: 'charge',
    amount: session.amount_total,
    amount_captured: session.amount_total,
    amount_refunded: amountRefunded,
    currency: session.currency,
    payment_intent: intent,
    refunded: amountRefunded >= session.amount_total,
    status: 'succeeded',
    paid: true,
    metadata: session._payment_intent_metadata,
    billing_details: { email: session.customer_details?.email ?? session.customer_email, name: session.customer_details?.name ?? null },
    created: session.created,
    livemode: false,
  };
}

export class CheckoutPayments {
  constructor(
    private readonly config: StackConfig,
    private readonly store: CheckoutStore,
  ) {}

  private send(type: string, object: unknown): Promise<DeliveryResult> {
    return deliverEvent(this.config, buildEvent(type, object));
  }

  /** An open session past its expiry is expired first, as Stripe would have done. */
  async refresh(session: CheckoutSession): Promise<CheckoutSession> {
    if (session.status === 'open' && session.expires_at <= now()) {
      const expired = this.store.putSession({ ...session, status: 'expired', url: null });
      await this.send('checkout.session.expired', publicSession(expired));
      return expired;
    }
    return session;
  }

  async act(id: string, action: CheckoutAction, customerName?: string): Promise<ActionResult> {
    const found = this.store.getSession(id);
    if (!found) throw new CheckoutConflict(`No such checkout session: ${id}`);
    const session = await this.refresh(found);
    const details = {
      email: session.customer_email,
      name: customerName?.trim() || session.customer_details?.name || null,
    };
    const requireOpen = () => {
      if (session.status !== 'open') throw new CheckoutConflict(`This checkout session is ${session.status}.`);
    };
    const intent = session.payment_intent ?? stripeId('pi');
    switch (action) {
      case 'pay': {
        requireOpen();
        const paid = this.store.putSession({
          ...session,
          status: 'complete',
          payment_status: 'paid',
          payment_intent: intent,
          customer_details: details,
          url: null,
        });
        return { session: paid, deliveries: [await this.send('checkout.session.completed', publicSession(paid))] };
      }
      case 'pay-async': {
        requireOpen();
        const pending = this.store.putSession({
          ...session,
          status: 'complete',
          payment_status: 'unpaid',
          payment_intent: intent,
          customer_details: details,
          url: null,
        });
        return { session: pending, deliveries: [await this.send('checkout.session.completed', publicSession(pending))] };
      }
      case 'async-succeed':
      case 'async-fail': {
        if (session.status !== 'complete' || session.payment_status !== 'unpaid') {
          throw new CheckoutConflict('Only a completed session awaiting an asynchronous payment can settle.');
        }
        const succeeded = action === 'async-succeed';
        const settled = this.store.putSession({ ...session, payment_status: succeeded ? 'paid' : 'unpaid' });
        const type = succeeded ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed';
        return { session: settled, deliveries: [await this.send(type, publicSession(settled))] };
      }
      case 'decline': {
        requireOpen();
        const declined = this.store.putSession({ ...session, payment_intent: intent, customer_details: details });
        const error = { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.', type: 'card_error' };
        const object = paymentIntent(declined, 'requires_payment_method', error);
        return { session: declined, deliveries: [await this.send('payment_intent.payment_failed', object)] };
      }
      case 'expire': {
        requireOpen();
        const expired = this.store.putSession({ ...session, status: 'expired', url: null });
        return { session: expired, deliveries: [await this.send('checkout.session.expired', publicSession(expired))] };
      }
    }
  }

  /** POST /v1/refunds: refunds (part of) a paid session's payment; charge.refunded follows. */
  refund(paymentIntentId: string, amount: number | undefined, reason: string | null, metadata: Record<string, string>): Refund {
    const session = this.store.sessionByPaymentIntent(paymentIntentId);
    if (!session || session.payment_status !== 'paid') {
      throw new CheckoutConflict(`No such payment_intent: '${paymentIntentId}'`);
    }
    const remaining = session.amount_total - this.store.refundedAmount(paymentIntentId);
    const value = amount ?? remaining;
    if (remaining <= 0) throw new CheckoutConflict(`Charge for ${paymentIntentId} has already been refunded.`);
    if (!Number.isInteger(value) || value <= 0 || value > remaining) {
      throw new CheckoutConflict(`Refund amount must be between 1 and ${remaining}.`);
    }
    const refund = this.store.putRefund({
      id: stripeId('re'),
      object: 'refund',
      amount: value,
      currency: session.currency,
      payment_intent: paymentIntentId,
      charge: chargeFor(session, 0).id,
      status: 'succeeded',
      reason,
      metadata,
      created: now(),
    });
    const charge = chargeFor(session, this.store.refundedAmount(paymentIntentId));
    // Stripe confirms asynchronously: the webhook gets charge.refunded after the API answered.
    setTimeout(() => void this.send('charge.refunded', charge), 50);
    return refund;
  }
}
