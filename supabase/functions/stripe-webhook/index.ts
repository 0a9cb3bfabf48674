/**
 * stripe-webhook: verifies the Stripe signature on the raw body (400 and nothing written when
 * missing, wrong, tampered or stale), finds or creates the customer, then applies the event in one
 * database transaction through public.stripe_handle_event (idempotent per event id). A database
 * failure answers 500 so that Stripe retries; nothing is half-written, and an auth user created
 * for this delivery is removed again (no user without a profile). An order newly PAID gets its
 * confirmation e-mail (confirmation-mail.ts).
 */
import { badRequest, handle, json, methodNotAllowed } from '../_shared/http.ts';
import { verifyStripeEvent } from '../_shared/stripe.ts';
import type { Json } from '../_shared/database.types.ts';
import { adminClient } from '../_shared/supabase.ts';
import { discardNewCustomer } from '../_shared/customers.ts';
import { customerForEvent } from './customer-for-event.ts';
import { sendPaymentConfirmation } from './confirmation-mail.ts';

Deno.serve(
  handle(async (req) => {
    if (req.method !== 'POST') throw methodNotAllowed(['POST']);
    const signature = req.headers.get('stripe-signature');
    const rawBody = await req.text();
    if (!signature) throw badRequest('Missing Stripe-Signature header');
    let event;
    try {
      event = await verifyStripeEvent(rawBody, signature);
    } catch (error) {
      throw badRequest(`Webhook signature verification failed: ${(error as Error).message}`);
    }

    if (typeof event?.id !== 'string' || typeof event.type !== 'string' || typeof event.data?.object !== 'object') {
      throw badRequest('The payload is not a Stripe event (id, type and data.object are required)');
    }
    const admin = adminClient();
    const customer = await customerForEvent(admin, event);
    const { data, error } = await admin.rpc('stripe_handle_event', {
      p_event: event as unknown as Json, // a verified Stripe event is parsed JSON
      p_customer_id: customer?.id,
    });
    if (error) {
      if (customer) await discardNewCustomer(admin, customer);
      console.error(`stripe event ${event.id} (${event.type}) failed: ${error.code} ${error.message}`);
      const retryLater = error.code === '55000';
      return json({ error: 'The event could not be applied; it will be retried', event_id: event.id }, retryLater ? 503 : 500);
    }
    const result = data as Record<string, unknown>;
    // A sale newly PAID (never a duplicate delivery): the confirmation e-mail the result page promises.
    const confirmationSent =
      result.outcome === 'processed' && result.status === 'PAID' && typeof result.order_id === 'string'
        ? await sendPaymentConfirmation(admin, result.order_id)
        : undefined;
    return json({ received: true, ...result, ...(confirmationSent === undefined ? {} : { confirmation_sent: confirmationSent }) });
  }),
);
