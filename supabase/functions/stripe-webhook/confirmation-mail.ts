/**
 * The payment confirmation e-mail the payment-complete page promises: sent by the webhook once
 * an order becomes PAID (first delivery only: a duplicate event answers 'duplicate' and sends
 * nothing), through the same mail path as the reminders (the mail catcher locally).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { sendMail, type Mail } from '../_shared/mailer.ts';

export interface ConfirmationInput {
  email: string;
  full_name: string | null;
  product_name: string;
  amount: number;
  currency: string;
  order_id: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function confirmationMail(input: ConfirmationInput): Mail {
  const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: input.currency }).format(input.amount / 100);
  const greeting = input.full_name ? `Hello ${input.full_name},` : 'Hello,';
  const text =
    `${greeting}\n\nWe received your payment of ${amount} for "${input.product_name}".\n` +
    `Your dossier is open; we will contact you about the next steps.\nReference: ${input.order_id}\n\nThank you.`;
  const html =
    `<p>${escapeHtml(greeting)}</p><p>We received your payment of <strong>${escapeHtml(amount)}</strong> for ` +
    `<strong>${escapeHtml(input.product_name)}</strong>.</p><p>Your dossier is open; we will contact you about the next steps.</p>` +
    `<p>Reference: ${escapeHtml(input.order_id)}</p><p>Thank you.</p>`;
  return { to: input.email, subject: `Payment received: ${input.product_name}`, text, html };
}

interface OrderForMail {
  id: string;
  amount: number;
  currency: string;
  products: { name: string } | null;
  profiles: { email: string | null; full_name: string | null } | null;
}

/**
 * Sends the confirmation of a newly PAID order. A mail failure is logged, never thrown: the
 * payment is recorded and Stripe must not retry the event because of the e-mail.
 */
export async function sendPaymentConfirmation(admin: SupabaseClient, orderId: string): Promise<boolean> {
  const { data, error } = await admin
    .from('orders')
    .select('id, amount, currency, products(name), profiles(email, full_name)')
    .eq('id', orderId)
    .maybeSingle<OrderForMail>();
  const email = data?.profiles?.email;
  if (error || !data || !email) {
    console.error(`payment confirmation for order ${orderId} not sent: ${error?.message ?? 'no customer e-mail'}`);
    return false;
  }
  try {
    await sendMail(
      confirmationMail({
        email,
        full_name: data.profiles?.full_name ?? null,
        product_name: data.products?.name ?? 'your order',
        amount: data.amount,
        currency: data.currency,
        order_id: data.id,
      }),
    );
    return true;
  } catch (mailError) {
    console.error(`payment confirmation for order ${orderId} to ${email} failed:`, mailError);
    return false;
  }
}
