/**
 * POST /payment-links/<id>/checkout: the URL where the link can be paid now (to copy or show as a
 * QR code at any time, not only right after creation); a new Checkout Session when the previous
 * one expired. Only for agents who can see the link (row-level security decides).
 */
import { AGENT_ROLES, requireAgent } from '../_shared/auth.ts';
import { payableCheckoutUrl } from '../_shared/checkout.ts';
import { httpErrorFromDb } from '../_shared/db-errors.ts';
import { badRequest, HttpError } from '../_shared/http.ts';
import { stripeClient } from '../_shared/stripe.ts';
import { adminClient, userClient } from '../_shared/supabase.ts';
import { uuidField } from '../_shared/validate.ts';

interface VisibleLink {
  id: string;
  used_at: string | null;
  cancelled_at: string | null;
  expires_at: string | null;
}

export async function checkoutUrl(req: Request, linkId: string): Promise<{ url: string; stripe_checkout_session_id: string }> {
  let id: string;
  try {
    id = uuidField({ id: linkId }, 'id');
  } catch {
    throw badRequest('The payment link id in the path must be a UUID');
  }
  const admin = adminClient();
  const caller = await requireAgent(req, admin, AGENT_ROLES);
  const { data, error } = await userClient(caller.accessToken)
    .from('payment_links')
    .select('id, used_at, cancelled_at, expires_at')
    .eq('id', id)
    .maybeSingle<VisibleLink>();
  if (error) throw httpErrorFromDb(error);
  if (!data) throw new HttpError(404, 'no such payment link');
  if (data.used_at) throw new HttpError(409, 'this payment link has already been paid');
  if (data.cancelled_at) throw new HttpError(409, 'this payment link was cancelled');
  if (data.expires_at && Date.parse(data.expires_at) <= Date.now()) throw new HttpError(409, 'this payment link has expired');
  return payableCheckoutUrl(admin, stripeClient(), data.id);
}
