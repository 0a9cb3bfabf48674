/** The reminder e-mail: amount, product and the tracked payment link. */
import { requireEnv } from '../_shared/env.ts';
import type { Mail } from '../_shared/mailer.ts';

export interface ReminderMailInput {
  reminder_id: string;
  email: string;
  full_name: string | null;
  product_name: string;
  amount: number;
  currency: string;
  reminder_number: number;
}

export function clickUrl(reminderId: string): string {
  return `${requireEnv('SUPABASE_URL').replace(/\/$/, '')}/functions/v1/payment-reminders/click/${reminderId}`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export function reminderMail(reminder: ReminderMailInput): Mail {
  const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: reminder.currency }).format(reminder.amount / 100);
  const url = clickUrl(reminder.reminder_id);
  const greeting = reminder.full_name ? `Hello ${reminder.full_name},` : 'Hello,';
  const text =
    `${greeting}\n\nYour order "${reminder.product_name}" (${amount}) is still waiting for payment.\n` +
    `Complete it here: ${url}\n\nThank you.`;
  const html =
    `<p>${escapeHtml(greeting)}</p><p>Your order <strong>${escapeHtml(reminder.product_name)}</strong> ` +
    `(${escapeHtml(amount)}) is still waiting for payment.</p><p><a href="${url}">Complete your payment</a></p><p>Thank you.</p>`;
  return { to: reminder.email, subject: `Payment reminder: ${reminder.product_name}`, text, html };
}
