-- Payment truth, part 2: an expired Checkout Session leaves a trace. Before, a session that
-- expired before any payment event was answered 'ignored' and nothing showed that the prospect's
-- checkout lapsed; now the link gets a PAYMENT_FAILED event whose payload says
-- reason = checkout_session_expired. With an order (a pending bank transfer), the order moves to
-- CANCELLED with ORDER_CANCELLED as before (product.md §4.1). Re-runnable (create or replace);
-- the revert restores 20250601000310's definition.

set local lock_timeout = '5s';
set local statement_timeout = '30s';

create or replace function payments.on_checkout_session(
  p_event_id text, p_type text, p_session jsonb, p_customer_id uuid
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_link public.payment_links := payments.lock_payment_link(p_session);
  v_status public.order_status;
begin
  if v_link.id is null then
    return pg_catalog.jsonb_build_object('outcome', 'ignored', 'reason', 'not a payment link session');
  end if;
  -- An expired session of a link with no order yet: nothing to cancel, but the sale's history
  -- says the prospect's checkout lapsed unpaid (PAYMENT_FAILED on the link, reason in the payload).
  if p_type = 'checkout.session.expired'
     and not exists (select 1 from public.orders o where o.payment_link_id = v_link.id) then
    insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
    values ('payment_link', v_link.id, 'PAYMENT_FAILED',
            pg_catalog.jsonb_build_object(
              'reason', 'checkout_session_expired', 'payment_link_id', v_link.id,
              'stripe_checkout_session_id', p_session ->> 'id', 'stripe_event_id', p_event_id,
              'stripe_event_type', p_type),
            'SYSTEM', null);
    return pg_catalog.jsonb_build_object('outcome', 'processed', 'reason', 'checkout session expired before any payment');
  end if;
  v_status := case
    when p_type = 'checkout.session.async_payment_failed' then 'FAILED'
    when p_type = 'checkout.session.expired' then 'CANCELLED'
    when p_session ->> 'payment_status' in ('paid', 'no_payment_required') then 'PAID'
    else 'PENDING'
  end;
  return payments.record_order_status(
    v_link, v_status, p_event_id, p_customer_id,
    coalesce(p_session -> 'customer_details' ->> 'email', p_session ->> 'customer_email', v_link.prospect_email),
    coalesce(p_session -> 'customer_details' ->> 'name', v_link.prospect_name),
    (p_session ->> 'amount_total')::integer,
    p_session ->> 'currency',
    p_session ->> 'id',
    p_session ->> 'payment_intent',
    p_session ->> 'customer',
    pg_catalog.jsonb_build_object('stripe_event_type', p_type));
end;
$$;
