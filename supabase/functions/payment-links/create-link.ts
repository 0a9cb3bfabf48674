/** POST /payment-links { product_id, prospect_email, prospect_name?, expires_at? } -> { id, token, url }. */
import { AGENT_ROLES, requireAgent } from '../_shared/auth.ts';
import { createCheckoutSession } from '../_shared/checkout.ts';
import { httpErrorFromDb } from '../_shared/db-errors.ts';
import { HttpError, readJsonObject } from '../_shared/http.ts';
import { stripeClient } from '../_shared/stripe.ts';
import { adminClient, userClient } from '../_shared/supabase.ts';
import { emailField, optionalFutureDate, optionalText, uuidField } from '../_shared/validate.ts';

export interface CreateLinkResult {
  id: string;
  token: string;
  url: string;
  stripe_checkout_session_id: string;
  expires_at: string | null;
}

export async function createLink(req: Request): Promise<CreateLinkResult> {
  const admin = adminClient();
  const caller = await requireAgent(req, admin, AGENT_ROLES);
  const body = await readJsonObject(req);
  const input = {
    p_product_id: uuidField(body, 'product_id'),
    p_prospect_email: emailField(body, 'prospect_email'),
    p_prospect_name: optionalText(body, 'prospect_name') ?? undefined,
    p_expires_at: optionalFutureDate(body, 'expires_at')?.toISOString(),
  };
  // Who may sell and what is valid is decided in SQL, as the caller (RLS and auth.uid() apply).
  const { data, error } = await userClient(caller.accessToken).rpc('create_payment_link', input).single();
  if (error) throw httpErrorFromDb(error);

  let session;
  try {
    session = await createCheckoutSession(stripeClient(), data, {
      name: data.product_name,
      stripe_price_id: data.stripe_price_id,
      price_amount: data.price_amount,
      currency: data.currency,
    });
  } catch (stripeError) {
    // Nothing stays behind for a link that cannot be paid.
    await admin.from('events').delete().eq('entity_type', 'payment_link').eq('entity_id', data.id);
    await admin.from('payment_links').delete().eq('id', data.id);
    if (stripeError instanceof HttpError) throw stripeError;
    throw new HttpError(502, `Stripe refused the checkout session: ${(stripeError as Error).message}`);
  }
  const { error: updateError } = await admin.from('payment_links').update({ stripe_checkout_session_id: session.id }).eq('id', data.id);
  if (updateError) throw new Error(`storing the checkout session failed: ${updateError.message}`);
  return {
    id: data.id,
    token: data.token,
    url: session.url ?? '',
    stripe_checkout_session_id: session.id,
    expires_at: data.expires_at,
  };
}
