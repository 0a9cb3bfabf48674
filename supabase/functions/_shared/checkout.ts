/** Creating the Stripe Checkout Session of a payment link (on creation, and again from a reminder). */
import type Stripe from 'stripe';
import { optionalEnv, requireEnv } from './env.ts';

export interface LinkForCheckout {
  id: string;
  token: string;
  prospect_email: string;
  expires_at: string | null;
}

export interface ProductForCheckout {
  name: string;
  stripe_price_id: string | null;
  price_amount: number;
  currency: string;
}

const MIN_SESSION_SECONDS = 30 * 60 + 60;
const MAX_SESSION_SECONDS = 24 * 3600 - 60;

/** Stripe sessions live between 30 minutes and 24 hours: the link's expiry, clamped to that range. */
export function sessionExpiry(linkExpiresAt: string | null, nowSeconds = Math.floor(Date.now() / 1000)): number {
  const wanted = linkExpiresAt ? Math.floor(Date.parse(linkExpiresAt) / 1000) : nowSeconds + MAX_SESSION_SECONDS;
  return Math.min(Math.max(wanted, nowSeconds + MIN_SESSION_SECONDS), nowSeconds + MAX_SESSION_SECONDS);
}

export function checkoutReturnUrls(): { success_url: string; cancel_url: string } {
  const site = requireEnv('SITE_URL').replace(/\/$/, '');
  return {
    success_url: optionalEnv('PAYMENT_SUCCESS_URL') ?? `${site}/payment-complete?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: optionalEnv('PAYMENT_CANCEL_URL') ?? `${site}/payment-cancelled`,
  };
}

export function createCheckoutSession(
  stripe: Stripe,
  link: LinkForCheckout,
  product: ProductForCheckout,
): Promise<Stripe.Checkout.Session> {
  const metadata = { payment_link_id: link.id, payment_link_token: link.token };
  const lineItem: Stripe.Checkout.SessionCreateParams.LineItem = product.stripe_price_id
    ? { price: product.stripe_price_id, quantity: 1 }
    : {
        price_data: { currency: product.currency.toLowerCase(), unit_amount: product.price_amount, product_data: { name: product.name } },
        quantity: 1,
      };
  return stripe.checkout.sessions.create({
    mode: 'payment',
    customer_email: link.prospect_email,
    line_items: [lineItem],
    metadata,
    payment_intent_data: { metadata },
    expires_at: sessionExpiry(link.expires_at),
    ...checkoutReturnUrls(),
  });
}
