/** GET /payment-reminders/click/<id>: records the click, then redirects to a payable Checkout Session. */
import { createCheckoutSession } from '../_shared/checkout.ts';
import { stripeClient } from '../_shared/stripe.ts';
import { adminClient } from '../_shared/supabase.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ClickedLink {
  payment_link_id: string;
  stripe_checkout_session_id: string | null;
  usable: boolean;
}

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function followReminderClick(reminderId: string): Promise<Response> {
  if (!UUID.test(reminderId)) return text(404, 'Unknown reminder link.');
  const admin = adminClient();
  const { data, error } = await admin.rpc('track_payment_reminder_click', { p_reminder_id: reminderId });
  if (error) throw new Error(`tracking the click failed: ${error.message}`);
  const link = ((data ?? []) as ClickedLink[])[0];
  if (!link) return text(404, 'Unknown reminder link.');
  if (!link.usable) return text(410, 'This payment link has expired, was cancelled or has already been paid.');

  const stripe = stripeClient();
  if (link.stripe_checkout_session_id) {
    const session = await stripe.checkout.sessions.retrieve(link.stripe_checkout_session_id);
    if (session.status === 'open' && session.url) return Response.redirect(session.url, 302);
  }
  // The session expired (Stripe keeps them 24 hours at most): a new one for the same link.
  const { data: row, error: linkError } = await admin
    .from('payment_links')
    .select('id, token, prospect_email, expires_at, products(name, stripe_price_id, price_amount, currency)')
    .eq('id', link.payment_link_id)
    .single();
  if (linkError || !row) throw new Error(`reading payment link ${link.payment_link_id} failed: ${linkError?.message}`);
  const product = (Array.isArray(row.products) ? row.products[0] : row.products) as {
    name: string; stripe_price_id: string | null; price_amount: number; currency: string;
  };
  const session = await createCheckoutSession(stripe, row, product);
  const { error: updateError } = await admin
    .from('payment_links')
    .update({ stripe_checkout_session_id: session.id })
    .eq('id', row.id);
  if (updateError) throw new Error(`storing the new checkout session failed: ${updateError.message}`);
  return Response.redirect(session.url!, 302);
}
