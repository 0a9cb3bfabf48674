/**
 * The stand-in's memory of Checkout Sessions and refunds, kept in <dataDir>/checkout/state.json so
 * that links created before a restart of `npm start` can still be paid.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type SessionStatus = 'open' | 'complete' | 'expired';
export type PaymentStatus = 'unpaid' | 'paid' | 'no_payment_required';

export interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  mode: 'payment';
  status: SessionStatus;
  payment_status: PaymentStatus;
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  customer: string | null;
  customer_email: string | null;
  customer_details: { email: string | null; name: string | null } | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string | null;
  cancel_url: string | null;
  url: string | null;
  expires_at: number;
  created: number;
  livemode: false;
  /** Not part of Stripe's object: what the page shows and the payment intent carries. */
  _product_name: string;
  _payment_intent_metadata: Record<string, string>;
}

export interface Refund {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  charge: string;
  status: 'succeeded';
  reason: string | null;
  metadata: Record<string, string>;
  created: number;
}

interface State {
  sessions: Record<string, CheckoutSession>;
  refunds: Record<string, Refund>;
}

export function stripeId(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}`;
}

export class CheckoutStore {
  private state: State = { sessions: {}, refunds: {} };
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'checkout', 'state.json');
    try {
      this.state = JSON.parse(fs.readFileSync(this.file, 'utf8')) as State;
    } catch {
      // first start, or an unreadable file: start empty
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.state));
    fs.renameSync(tmp, this.file);
  }

  getSession(id: string): CheckoutSession | undefined {
    return this.state.sessions[id];
  }

  sessionByPaymentIntent(paymentIntent: string): CheckoutSession | undefined {
    return Object.values(this.state.sessions).find((session) => session.payment_intent === paymentIntent);
  }

  putSession(session: CheckoutSession): CheckoutSession {
    this.state.sessions[session.id] = session;
    this.save();
    return session;
  }

  putRefund(refund: Refund): Refund {
    this.state.refunds[refund.id] = refund;
    this.save();
    return refund;
  }

  refundedAmount(paymentIntent: string): number {
    return Object.values(this.state.refunds)
      .filter((refund) => refund.payment_intent === paymentIntent)
      .reduce((sum, refund) => sum + refund.amount, 0);
  }
}

/** What Stripe's API returns: the session without the stand-in's private fields. */
export function publicSession(session: CheckoutSession): Omit<CheckoutSession, '_product_name' | '_payment_intent_metadata'> {
  const { _product_name: _name, _payment_intent_metadata: _metadata, ...rest } = session;
  return rest;
}
