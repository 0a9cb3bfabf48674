-- Revert 20250601000853_payments_expired_session_trace: payments.on_checkout_session as
-- 20250601000310 created it (an expired session without an order is ignored).
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
