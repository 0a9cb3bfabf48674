/**
 * refunds: POST /refunds { order_id, reason? } (MANAGER, ADMIN) asks Stripe to refund a paid
 * order. The order becomes REFUNDED when Stripe confirms with charge.refunded (stripe-webhook).
 * Who may refund and which orders can be refunded is decided in SQL (public.prepare_order_refund).
 */
import { AGENT_ROLES, requireAgent } from '../_shared/auth.ts';
import { httpErrorFromDb } from '../_shared/db-errors.ts';
import { handle, HttpError, json, methodNotAllowed, readJsonObject, subPath } from '../_shared/http.ts';
import { stripeClient } from '../_shared/stripe.ts';
import { adminClient, userClient } from '../_shared/supabase.ts';
import { uuidField } from '../_shared/validate.ts';

const REASONS = ['requested_by_customer', 'duplicate', 'fraudulent'] as const;
type RefundReason = (typeof REASONS)[number];

Deno.serve(
  handle(async (req) => {
    if (subPath(req).length > 0) throw new HttpError(404, 'Unknown route: use POST /refunds');
    if (req.method !== 'POST') throw methodNotAllowed(['POST']);
    const caller = await requireAgent(req, adminClient(), AGENT_ROLES);
    const body = await readJsonObject(req);
    const orderId = uuidField(body, 'order_id');
    const reason = (body.reason ?? 'requested_by_customer') as RefundReason;
    if (!REASONS.includes(reason)) throw new HttpError(400, `reason must be one of ${REASONS.join(', ')}`);

    const { data, error } = await userClient(caller.accessToken).rpc('prepare_order_refund', { p_order_id: orderId }).single();
    if (error) throw httpErrorFromDb(error);

    let refund;
    try {
      refund = await stripeClient().refunds.create(
        { payment_intent: data.payment_intent_id, reason, metadata: { order_id: data.order_id, requested_by: caller.userId } },
        { idempotencyKey: `refund-order-${data.order_id}` },
      );
    } catch (stripeError) {
      throw new HttpError(502, `Stripe refused the refund: ${(stripeError as Error).message}`);
    }
    return json(
      {
        order_id: data.order_id,
        refund_id: refund.id,
        refund_status: refund.status,
        amount: refund.amount,
        message: 'Refund requested; the order becomes REFUNDED when Stripe confirms it',
      },
      202,
    );
  }),
);
