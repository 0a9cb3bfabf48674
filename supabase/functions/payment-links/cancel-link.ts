/** POST /payment-links/<id>/cancel: the link (and its unpaid orders) cancelled, its Checkout Session expired. */
import { AGENT_ROLES, requireAgent } from '../_shared/auth.ts';
import { httpErrorFromDb } from '../_shared/db-errors.ts';
import { badRequest } from '../_shared/http.ts';
import { stripeClient } from '../_shared/stripe.ts';
import { adminClient, userClient } from '../_shared/supabase.ts';
import type { Tables } from '../_shared/database.types.ts';
import { uuidField } from '../_shared/validate.ts';

type CancelledLink = Pick<Tables<'payment_links'>, 'id' | 'stripe_checkout_session_id'> & { cancelled_at: string };

export async function cancelLink(req: Request, linkId: string): Promise<CancelledLink> {
  const id = (() => {
    try {
      return uuidField({ id: linkId }, 'id');
    } catch {
      throw badRequest('The payment link id in the path must be a UUID');
    }
  })();
  const caller = await requireAgent(req, adminClient(), AGENT_ROLES);
  const { data, error } = await userClient(caller.accessToken)
    .rpc('cancel_payment_link', { p_payment_link_id: id })
    .single<CancelledLink>();
  if (error) throw httpErrorFromDb(error);
  if (data.stripe_checkout_session_id) {
    try {
      const stripe = stripeClient();
      const session = await stripe.checkout.sessions.retrieve(data.stripe_checkout_session_id);
      if (session.status === 'open') await stripe.checkout.sessions.expire(session.id);
    } catch (stripeError) {
      // The link is cancelled in the database either way; a late payment is still recorded.
      console.error(`expiring checkout session ${data.stripe_checkout_session_id} failed:`, stripeError);
    }
  }
  return data;
}
