/**
 * The customer an event is about, found or created by e-mail, for the events that may create an
 * order (a payment or a failed attempt on one of our payment links); null for the others.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { findOrCreateCustomer, type Customer } from '../_shared/customers.ts';
import type { Stripe } from '../_shared/stripe.ts';

const CREATES_ORDER = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'payment_intent.payment_failed',
]);

interface StripeObject {
  metadata?: Record<string, string> | null;
  customer_details?: { email?: string | null; name?: string | null } | null;
  customer_email?: string | null;
  receipt_email?: string | null;
}

export async function customerForEvent(admin: SupabaseClient, event: Stripe.Event): Promise<Customer | null> {
  if (!CREATES_ORDER.has(event.type)) return null;
  const object = event.data.object as StripeObject;
  const linkId = object.metadata?.payment_link_id;
  if (!linkId) return null;
  let email = object.customer_details?.email ?? object.customer_email ?? object.receipt_email ?? null;
  let name = object.customer_details?.name ?? null;
  if (!email || !name) {
    const { data: link } = await admin
      .from('payment_links')
      .select('prospect_email, prospect_name')
      .eq('id', linkId)
      .maybeSingle<{ prospect_email: string; prospect_name: string | null }>();
    if (!link) return null; // not one of our links: the SQL handler ignores the event
    email ??= link.prospect_email;
    name ??= link.prospect_name;
  }
  return findOrCreateCustomer(admin, email, name);
}
