-- Payment truth, part 1: what the public payment-complete page may learn about the checkout
-- session the prospect just left, so it never says "Payment received" while the order is
-- pending (a bank transfer) or failed. Only a status word, for a session id the prospect holds
-- (Stripe's {CHECKOUT_SESSION_ID}, unguessable): 'paid', 'processing' (pending, or the webhook
-- has not arrived yet), 'failed', 'cancelled', 'refunded' or 'unknown'. Nothing else is open to anon.
-- Same shape as get_payment_link (20250601000250): an invoker wrapper over a definer in private.
-- Re-runnable (create or replace).

set local lock_timeout = '5s';
set local statement_timeout = '30s';

create or replace function private.checkout_result(p_session_id text)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_status public.order_status;
begin
  if p_session_id is null or p_session_id !~ '^cs_[A-Za-z0-9_]{8,250}$' then
    raise exception using errcode = '22023', message = 'invalid checkout session id';
  end if;
  select o.status into v_status from public.orders o
  where o.stripe_checkout_session_id = p_session_id
  order by o.created_at desc
  limit 1;
  if v_status is not null then
    return case v_status
      when 'PAID' then 'paid'
      when 'PENDING' then 'processing'
      when 'FAILED' then 'failed'
      when 'CANCELLED' then 'cancelled'
      when 'REFUNDED' then 'refunded'
    end;
  end if;
  -- A session of one of our links whose first webhook event is still on its way.
  if exists (select 1 from public.payment_links pl where pl.stripe_checkout_session_id = p_session_id) then
    return 'processing';
  end if;
  return 'unknown';
end;
$$;

create or replace function public.checkout_result(p_session_id text)
returns text
language sql
stable
security invoker
set search_path = ''
as $$
  select private.checkout_result(p_session_id)
$$;
comment on function public.checkout_result(text) is
  'Payment-complete page: paid, processing, failed, cancelled, refunded or unknown for a Checkout Session id. Callable by anon.';

revoke all on function private.checkout_result(text) from public;
grant execute on function private.checkout_result(text) to anon, authenticated;
revoke all on function public.checkout_result(text) from public;
grant execute on function public.checkout_result(text) to anon, authenticated, service_role;
