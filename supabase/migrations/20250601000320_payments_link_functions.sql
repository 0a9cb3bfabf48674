-- Payments, part 3: creating and cancelling payment links, and asking for a refund: the business
-- rules live here once; the payment-links and refunds Edge Functions call these functions with
-- the caller's own token (so auth.uid() and the actor of every event are the agent), then talk
-- to Stripe. The SECURITY DEFINER bodies live in schema private (not exposed); the API sees
-- SECURITY INVOKER wrappers of the same name in public.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- A new payment link for a product and a prospect. Sellers: active AGENT and ADMIN agents.
-- Errors: 42501 not allowed; 22023 bad input (each with a message naming the field).
create or replace function private.create_payment_link(
  p_product_id uuid,
  p_prospect_email text,
  p_prospect_name text default null,
  p_expires_at timestamptz default null
)
returns table (
  id uuid, token text, product_id uuid, product_name text, stripe_price_id text,
  price_amount integer, currency text, prospect_email text, prospect_name text, expires_at timestamptz
)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_product public.products;
  v_link public.payment_links;
  v_email text := lower(pg_catalog.btrim(p_prospect_email));
begin
  if not private.has_role('AGENT', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only active agents (AGENT or ADMIN) can create payment links';
  end if;
  if p_product_id is null then
    raise exception using errcode = '22023', message = 'product_id is required';
  end if;
  select * into v_product from public.products p where p.id = p_product_id;
  if v_product.id is null then
    raise exception using errcode = '22023', message = 'product_id: no such product';
  end if;
  if not v_product.active then
    raise exception using errcode = '22023', message = 'product_id: this product is not active';
  end if;
  if v_email is null or v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' or pg_catalog.length(v_email) > 254 then
    raise exception using errcode = '22023', message = 'prospect_email must be a valid e-mail address';
  end if;
  if p_prospect_name is not null and pg_catalog.length(p_prospect_name) > 200 then
    raise exception using errcode = '22023', message = 'prospect_name must be at most 200 characters';
  end if;
  -- Stripe Checkout sessions live at least 30 minutes: a shorter link could be paid after expiry.
  if p_expires_at is not null and p_expires_at < pg_catalog.now() + interval '30 minutes' then
    raise exception using errcode = '22023', message = 'expires_at must be at least 30 minutes in the future';
  end if;

  insert into public.payment_links (product_id, prospect_email, prospect_name, created_by, expires_at)
  values (v_product.id, v_email, nullif(pg_catalog.btrim(p_prospect_name), ''), auth.uid(), p_expires_at)
  returning * into v_link;

  insert into public.events (entity_type, entity_id, event_type, payload)
  values ('payment_link', v_link.id, 'PAYMENT_LINK_CREATED',
          pg_catalog.jsonb_build_object('payment_link_id', v_link.id, 'product_id', v_product.id,
            'prospect_email', v_email, 'expires_at', p_expires_at));

  return query select v_link.id, v_link.token, v_product.id, v_product.name, v_product.stripe_price_id,
    v_product.price_amount, v_product.currency, v_link.prospect_email, v_link.prospect_name, v_link.expires_at;
end;
$$;

-- Cancels a link that has not been paid: its creator (an active agent), a MANAGER or an ADMIN.
-- Unpaid orders of the link are cancelled with it. Idempotent. Errors: 42501, P0002, 55000.
create or replace function private.cancel_payment_link(p_payment_link_id uuid)
returns table (id uuid, stripe_checkout_session_id text, cancelled_at timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_link public.payment_links;
  v_order record;
begin
  select * into v_link from public.payment_links pl where pl.id = p_payment_link_id for update;
  if v_link.id is null or not (private.has_role('MANAGER', 'ADMIN') or private.owns_payment_link(v_link.id)) then
    if private.is_active_agent() and v_link.id is not null then
      raise exception using errcode = '42501', message = 'you may cancel only your own payment links';
    elsif not private.is_active_agent() then
      raise exception using errcode = '42501', message = 'only active agents can cancel payment links';
    end if;
    raise exception using errcode = 'P0002', message = 'no such payment link';
  end if;
  if v_link.used_at is not null then
    raise exception using errcode = '55000', message = 'this payment link has been paid; refund the order instead';
  end if;
  if v_link.cancelled_at is null then
    update public.payment_links pl set cancelled_at = pg_catalog.now(), cancelled_by = auth.uid()
    where pl.id = v_link.id
    returning * into v_link;
    insert into public.events (entity_type, entity_id, event_type, payload)
    values ('payment_link', v_link.id, 'PAYMENT_LINK_CANCELLED',
            pg_catalog.jsonb_build_object('payment_link_id', v_link.id));
    for v_order in
      update public.orders o set status = 'CANCELLED'
      where o.payment_link_id = v_link.id and o.status in ('PENDING', 'FAILED')
      returning o.id, o.amount, o.currency
    loop
      insert into public.events (entity_type, entity_id, event_type, payload)
      values ('order', v_order.id, 'ORDER_CANCELLED',
              pg_catalog.jsonb_build_object('order_id', v_order.id, 'payment_link_id', v_link.id,
                'reason', 'payment link cancelled'));
    end loop;
  end if;
  return query select v_link.id, v_link.stripe_checkout_session_id, v_link.cancelled_at;
end;
$$;

-- What the refunds function needs to ask Stripe for a refund of a paid order (MANAGER, ADMIN).
-- The order becomes REFUNDED when Stripe confirms (charge.refunded webhook).
create or replace function private.prepare_order_refund(p_order_id uuid)
returns table (order_id uuid, payment_intent_id text, amount integer, currency text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_order public.orders;
begin
  if not private.has_role('MANAGER', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only managers and admins can refund orders';
  end if;
  select * into v_order from public.orders o where o.id = p_order_id;
  if v_order.id is null then
    raise exception using errcode = 'P0002', message = 'no such order';
  end if;
  if v_order.status <> 'PAID' then
    raise exception using errcode = '55000',
      message = pg_catalog.format('only PAID orders can be refunded (this one is %s)', v_order.status);
  end if;
  if v_order.stripe_payment_intent_id is null then
    raise exception using errcode = '55000', message = 'this order has no Stripe payment to refund';
  end if;
  return query select v_order.id, v_order.stripe_payment_intent_id, v_order.amount, v_order.currency;
end;
$$;

-- The API entry points: SECURITY INVOKER wrappers (the caller's role and JWT stay in force).
create or replace function public.create_payment_link(
  p_product_id uuid,
  p_prospect_email text,
  p_prospect_name text default null,
  p_expires_at timestamptz default null
)
returns table (
  id uuid, token text, product_id uuid, product_name text, stripe_price_id text,
  price_amount integer, currency text, prospect_email text, prospect_name text, expires_at timestamptz
)
language sql
security invoker
set search_path = ''
as $$
  select * from private.create_payment_link(p_product_id, p_prospect_email, p_prospect_name, p_expires_at)
$$;

create or replace function public.cancel_payment_link(p_payment_link_id uuid)
returns table (id uuid, stripe_checkout_session_id text, cancelled_at timestamptz)
language sql
security invoker
set search_path = ''
as $$
  select * from private.cancel_payment_link(p_payment_link_id)
$$;

create or replace function public.prepare_order_refund(p_order_id uuid)
returns table (order_id uuid, payment_intent_id text, amount integer, currency text)
language sql
security invoker
set search_path = ''
as $$
  select * from private.prepare_order_refund(p_order_id)
$$;

comment on function public.create_payment_link(uuid, text, text, timestamptz) is
  'Stores a new payment link (active AGENT or ADMIN); the payment-links function adds its Stripe Checkout Session.';
comment on function public.cancel_payment_link(uuid) is
  'Cancels an unpaid payment link and its unpaid orders (the link''s agent, a MANAGER or an ADMIN).';
comment on function public.prepare_order_refund(uuid) is
  'Checks that the caller (MANAGER, ADMIN) may refund this PAID order and returns its Stripe payment.';

revoke all on function private.create_payment_link(uuid, text, text, timestamptz) from public, anon;
revoke all on function private.cancel_payment_link(uuid) from public, anon;
revoke all on function private.prepare_order_refund(uuid) from public, anon;
grant execute on function private.create_payment_link(uuid, text, text, timestamptz) to authenticated, service_role;
grant execute on function private.cancel_payment_link(uuid) to authenticated, service_role;
grant execute on function private.prepare_order_refund(uuid) to authenticated, service_role;

revoke all on function public.create_payment_link(uuid, text, text, timestamptz) from public, anon;
revoke all on function public.cancel_payment_link(uuid) from public, anon;
revoke all on function public.prepare_order_refund(uuid) from public, anon;
grant execute on function public.create_payment_link(uuid, text, text, timestamptz) to authenticated, service_role;
grant execute on function public.cancel_payment_link(uuid) to authenticated, service_role;
grant execute on function public.prepare_order_refund(uuid) to authenticated, service_role;
