/**
 * Why a payment action cannot run on a record, as a translation key and its values (null: it
 * can). The buttons stay visible, disabled, with the reason; the SQL and the functions refuse
 * the same cases anyway.
 */
import { paymentLinkStatus } from '../payment_links/status';

export interface Blocker {
  key: string;
  values?: Record<string, string>;
}

interface Row {
  status?: unknown;
  stripe_payment_intent_id?: unknown;
  [column: string]: unknown;
}

const UNPAID = ['PENDING', 'FAILED'];

export const cancelLinkBlocker = (link: Row): Blocker | null => {
  // The database's computed status (public.status(payment_links)); unknown: let the function decide.
  const status = paymentLinkStatus(link);
  return status === null || status === 'active' ? null : { key: `app.actions.blocked.link_${status}` };
};

/** The checkout link of a link past its own expiry (used and cancelled links show no checkout at all). */
export const checkoutLinkBlocker = (link: Row): Blocker | null =>
  paymentLinkStatus(link) === 'expired' ? { key: 'app.actions.blocked.link_expired' } : null;

export const refundBlocker = (order: Row): Blocker | null => {
  if (order.status === 'REFUNDED') return { key: 'app.actions.blocked.already_refunded' };
  if (order.status !== 'PAID') return { key: 'app.actions.blocked.refund_not_paid', values: { status: String(order.status) } };
  if (!order.stripe_payment_intent_id) return { key: 'app.actions.blocked.no_card_payment' };
  return null;
};

export const cancelOrderBlocker = (order: Row): Blocker | null => {
  if (order.status === 'PAID') return { key: 'app.actions.blocked.cancel_paid' };
  if (!UNPAID.includes(String(order.status))) return { key: 'app.actions.blocked.order_closed', values: { status: String(order.status) } };
  return null;
};

export const reminderBlocker = (order: Row): Blocker | null =>
  UNPAID.includes(String(order.status))
    ? null
    : { key: 'app.actions.blocked.reminder_not_unpaid', values: { status: String(order.status) } };

/** A step instance's Complete: the required documents approved, as the database counts them. */
export const completeStepBlocker = (step: Row, { required, approved }: { required: number; approved: number }): Blocker | null => {
  if (step.status === 'COMPLETED') return { key: 'app.actions.blocked.step_completed' };
  if (approved < required)
    return { key: 'app.actions.blocked.documents_pending', values: { approved: String(approved), required: String(required) } };
  return null;
};
