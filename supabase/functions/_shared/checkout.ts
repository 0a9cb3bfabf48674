/** Creating the Stripe Checkout Session of a payment link (on creation, and again from a reminder). */
import type { SupabaseClient } from '@supabase/supabase-js';
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

/**
 * A URL where the link can be paid now: its current Checkout Session while open, otherwise a new
 * session for the same link (Stripe sessions last 24 hours at most), stored on the link. The
 * caller checks first that the link itself can still be paid.
 */
export async function payableCheckoutUrl(
  admin: SupabaseClient,
  stripe: Stripe,
  linkId: string,
): Promise<{ url: string; stripe_checkout_session_id: string }> {
  const { data: row, error } = await admin
    .from('payment_links')
    .select('id, token, prospect_email, expires_at, stripe_checkout_session_id, products(name, stripe_price_id, price_amount, currency)')
    .eq('id', linkId)
    .single();
  if (error || !row) throw new Error(`reading payment link ${linkId} failed: ${error?.message}`);
  if (row.stripe_checkout_session_id) {
    const session = await stripe.checkout.sessions.retrieve(row.stripe_checkout_session_id);
    if (session.status === 'open' && session.url) return { url: session.url, stripe_checkout_session_id: session.id };
  }
  const product = (Array.isArray(row.products) ? row.products[0] : row.products) as ProductForCheckout;
  const session = await createCheckoutSession(stripe, row, product);
  const { error: updateError } = await admin.from('payment_links').update({ stripe_checkout_session_id: session.id }).eq('id', row.id);
  if (updateError) throw new Error(`storing the new checkout session failed: ${updateError.message}`);
  return { url: session.url!, stripe_checkout_session_id: session.id };
}
