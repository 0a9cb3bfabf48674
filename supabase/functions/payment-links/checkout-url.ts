/**
 * POST /payment-links/<id>/checkout: the URL where the link can be paid now (to copy or show as a
 * QR code at any time, not only right after creation); a new Checkout Session when the previous
 * one expired. Only for agents who can see the link (row-level security decides).
 */
import { AGENT_ROLES, requireAgent } from '../_shared/auth.ts';
import { payableCheckoutUrl } from '../_shared/checkout.ts';
import type { Enums } from '../_shared/database.types.ts';
import { httpErrorFromDb } from '../_shared/db-errors.ts';
import { badRequest, HttpError } from '../_shared/http.ts';
import { stripeClient } from '../_shared/stripe.ts';
import { adminClient, userClient } from '../_shared/supabase.ts';
import { uuidField } from '../_shared/validate.ts';

const NOT_PAYABLE: Record<Exclude<Enums<'payment_link_status'>, 'active'>, string> = {
  used: 'this payment link has already been paid',
  cancelled: 'this payment link was cancelled',
  expired: 'this payment link has expired',
};

export async function checkoutUrl(req: Request, linkId: string): Promise<{ url: string; stripe_checkout_session_id: string }> {
  let id: string;
  try {
    id = uuidField({ id: linkId }, 'id');
  } catch {
    throw badRequest('The payment link id in the path must be a UUID');
  }
  const admin = adminClient();
  const caller = await requireAgent(req, admin, AGENT_ROLES);
  const { data, error } = await userClient(caller.accessToken).from('payment_links').select('id, status').eq('id', id).maybeSingle();
  if (error) throw httpErrorFromDb(error);
  if (!data) throw new HttpError(404, 'no such payment link');
  // The state is the database's (public.status, 20250601000871), not re-derived here.
  if (data.status !== 'active') throw new HttpError(409, data.status ? NOT_PAYABLE[data.status] : 'this payment link cannot be paid');
  return payableCheckoutUrl(admin, stripeClient(), data.id);
}
