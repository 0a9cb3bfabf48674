/** GET /payment-reminders/click/<id>: records the click, then redirects to a payable Checkout Session. */
import { payableCheckoutUrl } from '../_shared/checkout.ts';
import { stripeClient } from '../_shared/stripe.ts';
import { adminClient } from '../_shared/supabase.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function followReminderClick(reminderId: string): Promise<Response> {
  if (!UUID.test(reminderId)) return text(404, 'Unknown reminder link.');
  const admin = adminClient();
  const { data, error } = await admin.rpc('track_payment_reminder_click', { p_reminder_id: reminderId });
  if (error) throw new Error(`tracking the click failed: ${error.message}`);
  const link = (data ?? [])[0];
  if (!link) return text(404, 'Unknown reminder link.');
  if (!link.usable) return text(410, 'This payment link has expired, was cancelled or has already been paid.');
  const { url } = await payableCheckoutUrl(admin, stripeClient(), link.payment_link_id);
  return Response.redirect(url, 302);
}
