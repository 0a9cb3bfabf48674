-- Payments, part 2: applying Stripe webhook events, one database transaction per event.
--
-- public.stripe_handle_event(event, customer_id) is the only entry point (service_role only; the
-- stripe-webhook Edge Function calls it through PostgREST after verifying the signature). It claims
-- the event id, then runs the handler of the event kind; any error rolls the whole event back,
-- claim included, and the function answers 5xx so that Stripe retries.
--
-- Orders hang off payment links: the Checkout Session (and its PaymentIntent) carry the link id in
-- their metadata. The link row is locked first, which serializes every event of one sale.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- The payment link named by a Stripe object's metadata, locked; NULL when absent or unknown.
create or replace function payments.lock_payment_link(p_object jsonb)
returns public.payment_links
language plpgsql
set search_path = ''
as $$
declare
  v_id text := p_object -> 'metadata' ->> 'payment_link_id';
  v_link public.payment_links;
begin
  if v_id is null or v_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    return null;
  end if;
  select * into v_link from public.payment_links pl where pl.id = v_id::uuid for update;
  return v_link;
end;
$$;

-- The customer's profile exists (ACTIVE once they paid). Called with the auth user the webhook
-- found or created by e-mail.
create or replace function payments.ensure_customer_profile(
  p_user_id uuid, p_email text, p_full_name text, p_paid boolean
)
returns void
language plpgsql
set search_path = ''
as $$
begin
  insert into public.profiles (id, email, full_name, status)
  values (p_user_id, lower(p_email), p_full_name,
          case when p_paid then 'ACTIVE'::public.user_status else 'PENDING'::public.user_status end)
  on conflict (id) do update
    set email = coalesce(public.profiles.email, excluded.email),
        full_name = coalesce(public.profiles.full_name, excluded.full_name),
        status = case when p_paid then 'ACTIVE'::public.user_status else public.profiles.status end;
end;
$$;

-- Opens the dossier of a paid order: the product's type and initial status, one step instance per
-- workflow step (the first one current, IN_PROGRESS). The DOSSIER_CREATED event and the first
-- status-history row come from the dossiers triggers.
create or replace function payments.open_dossier(p_order public.orders)
returns uuid
language plpgsql
set search_path = ''
as $$
declare
  v_product public.products;
  v_dossier uuid;
  v_first uuid;
  v_instance uuid;
  v_step record;
begin
  select * into strict v_product from public.products p where p.id = p_order.product_id;
  insert into public.dossiers (user_id, product_id, type, status, metadata)
  values (p_order.user_id, v_product.id, v_product.dossier_type, v_product.initial_status,
          pg_catalog.jsonb_build_object('order_id', p_order.id, 'payment_link_id', p_order.payment_link_id))
  returning id into v_dossier;

  for v_step in
    select ps.step_id from public.product_steps ps where ps.product_id = v_product.id order by ps.position
  loop
    insert into public.step_instances (dossier_id, step_id, status)
    values (v_dossier, v_step.step_id, case when v_first is null then 'IN_PROGRESS' else 'PENDING' end)
    returning id into v_instance;
    v_first := coalesce(v_first, v_instance);
  end loop;

  if v_first is not null then
    update public.dossiers set current_step_instance_id = v_first where id = v_dossier;
  end if;
  update public.orders set dossier_id = v_dossier where id = p_order.id;
  return v_dossier;
end;
$$;

-- Moves the order of a payment link to p_status (creating it on the first event of the sale) and
-- applies the consequences: link used, customer ACTIVE and dossier opened on PAID; the payment
-- event of the new status. An event that would move the order backwards changes nothing.
create or replace function payments.record_order_status(
  p_link public.payment_links,
  p_status public.order_status,
  p_event_id text,
  p_customer_id uuid,
  p_customer_email text,
  p_customer_name text,
  p_amount integer,
  p_currency text,
  p_session_id text,
  p_payment_intent_id text,
  p_stripe_customer_id text,
  p_detail jsonb
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_order public.orders;
  v_old public.order_status;
  v_dossier uuid;
  v_event public.event_type;
begin
  select * into v_order from public.orders o
  where o.payment_link_id = p_link.id
  order by o.created_at desc, o.id desc
  limit 1
  for update;

  if v_order.id is null then
    if p_status in ('CANCELLED', 'REFUNDED') then
      return pg_catalog.jsonb_build_object('outcome', 'ignored', 'reason', 'no order for this payment link');
    end if;
    if p_customer_id is null then
      raise exception using errcode = '22023', message = 'a customer is required to record a new order';
    end if;
    perform payments.ensure_customer_profile(p_customer_id, p_customer_email, p_customer_name, p_status = 'PAID');
    insert into public.orders (
      user_id, product_id, payment_link_id, amount, currency, status,
      stripe_checkout_session_id, stripe_payment_intent_id, stripe_customer_id, paid_at, metadata
    )
    select p_customer_id, p_link.product_id, p_link.id,
           coalesce(p_amount, pr.price_amount), upper(coalesce(p_currency, pr.currency)), p_status,
           p_session_id, p_payment_intent_id, p_stripe_customer_id,
           case when p_status = 'PAID' then pg_catalog.now() end,
           pg_catalog.jsonb_build_object('created_by_stripe_event', p_event_id)
    from public.products pr where pr.id = p_link.product_id
    returning * into v_order;
    v_old := null;
  else
    if payments.order_status_rank(p_status) <= payments.order_status_rank(v_order.status) then
      return pg_catalog.jsonb_build_object(
        'outcome', 'ignored', 'order_id', v_order.id, 'status', v_order.status,
        'reason', pg_catalog.format('order is already %s', v_order.status));
    end if;
    v_old := v_order.status;
    update public.orders o
    set status = p_status,
        amount = case when p_status = 'PAID' then coalesce(p_amount, o.amount) else o.amount end,
        currency = case when p_status = 'PAID' then upper(coalesce(p_currency, o.currency)) else o.currency end,
        stripe_checkout_session_id = coalesce(p_session_id, o.stripe_checkout_session_id),
        stripe_payment_intent_id = coalesce(p_payment_intent_id, o.stripe_payment_intent_id),
        stripe_customer_id = coalesce(p_stripe_customer_id, o.stripe_customer_id),
        paid_at = case when p_status = 'PAID' then coalesce(o.paid_at, pg_catalog.now()) else o.paid_at end,
        refunded_at = case when p_status = 'REFUNDED' then pg_catalog.now() else o.refunded_at end
    where o.id = v_order.id
    returning * into v_order;
  end if;

  if p_status = 'PAID' then
    perform payments.ensure_customer_profile(v_order.user_id, p_customer_email, p_customer_name, true);
    -- A payment that lands on a cancelled link is still recorded (money must never be lost); the
    -- link then stays cancelled rather than used.
    update public.payment_links pl
    set used_at = pg_catalog.now(), used_by = v_order.user_id
    where pl.id = p_link.id and pl.used_at is null and pl.cancelled_at is null;
    if v_order.dossier_id is null then
      v_dossier := payments.open_dossier(v_order);
    else
      v_dossier := v_order.dossier_id;
    end if;
  end if;

  v_event := case p_status
    when 'PAID' then 'PAYMENT_RECEIVED'::public.event_type
    when 'FAILED' then 'PAYMENT_FAILED'::public.event_type
    when 'CANCELLED' then 'ORDER_CANCELLED'::public.event_type
    when 'REFUNDED' then 'PAYMENT_REFUNDED'::public.event_type
  end;
  if v_event is not null then
    insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
    values ('order', v_order.id, v_event,
            pg_catalog.jsonb_build_object(
              'order_id', v_order.id, 'old_status', v_old, 'new_status', p_status,
              'amount', v_order.amount, 'currency', v_order.currency,
              'payment_link_id', p_link.id, 'dossier_id', coalesce(v_dossier, v_order.dossier_id),
              'stripe_event_id', p_event_id) || coalesce(p_detail, '{}'::jsonb),
            'SYSTEM', null);
  end if;

  return pg_catalog.jsonb_build_object(
    'outcome', 'processed', 'order_id', v_order.id, 'status', p_status,
    'dossier_id', coalesce(v_dossier, v_order.dossier_id));
end;
$$;

-- checkout.session.completed (paid, or unpaid for asynchronous methods),
-- checkout.session.async_payment_succeeded and checkout.session.async_payment_failed.
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

-- payment_intent.payment_failed: a declined attempt (the session stays open for a retry).
create or replace function payments.on_payment_intent_failed(
  p_event_id text, p_intent jsonb, p_customer_id uuid
)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_link public.payment_links := payments.lock_payment_link(p_intent);
begin
  if v_link.id is null then
    return pg_catalog.jsonb_build_object('outcome', 'ignored', 'reason', 'not a payment link payment');
  end if;
  return payments.record_order_status(
    v_link, 'FAILED', p_event_id, p_customer_id,
    coalesce(p_intent ->> 'receipt_email', v_link.prospect_email), v_link.prospect_name,
    (p_intent ->> 'amount')::integer, p_intent ->> 'currency',
    null, p_intent ->> 'id', p_intent ->> 'customer',
    pg_catalog.jsonb_build_object(
      'stripe_event_type', 'payment_intent.payment_failed',
      'failure_code', p_intent -> 'last_payment_error' ->> 'code',
      'failure_message', p_intent -> 'last_payment_error' ->> 'message'));
end;
$$;

-- charge.refunded: REFUNDED once fully refunded; a partial refund is recorded as an event only.
create or replace function payments.on_charge_refunded(p_event_id text, p_charge jsonb)
returns jsonb
language plpgsql
set search_path = ''
as $$
declare
  v_link public.payment_links := payments.lock_payment_link(p_charge);
  v_order public.orders;
begin
  if v_link.id is null then
    select pl.* into v_link
    from public.orders o join public.payment_links pl on pl.id = o.payment_link_id
    where o.stripe_payment_intent_id = p_charge ->> 'payment_intent'
    for update of pl;
  end if;
  if v_link.id is null then
    return pg_catalog.jsonb_build_object('outcome', 'ignored', 'reason', 'not a payment link charge');
  end if;
  select * into v_order from public.orders o where o.payment_link_id = v_link.id and o.status in ('PAID', 'REFUNDED')
  order by o.created_at desc limit 1;
  if v_order.id is null then
    -- The payment has not been recorded yet (events out of order): fail so that Stripe retries.
    raise exception using errcode = '55000',
      message = 'charge.refunded before the payment was recorded; retry later';
  end if;
  if not coalesce((p_charge ->> 'refunded')::boolean, false) then
    insert into public.events (entity_type, entity_id, event_type, payload, actor_type, actor_id)
    values ('order', v_order.id, 'PAYMENT_REFUNDED',
            pg_catalog.jsonb_build_object('order_id', v_order.id, 'partial', true,
              'amount_refunded', (p_charge ->> 'amount_refunded')::integer, 'currency', v_order.currency,
              'stripe_event_id', p_event_id),
            'SYSTEM', null);
    return pg_catalog.jsonb_build_object('outcome', 'processed', 'order_id', v_order.id, 'status', v_order.status);
  end if;
  return payments.record_order_status(
    v_link, 'REFUNDED', p_event_id, null, null, null, null, null, null, p_charge ->> 'payment_intent', null,
    pg_catalog.jsonb_build_object('stripe_event_type', 'charge.refunded',
      'amount_refunded', (p_charge ->> 'amount_refunded')::integer));
end;
$$;

-- The entry point: claim the event id, apply the event, record the outcome. Service role only.
create or replace function public.stripe_handle_event(p_event jsonb, p_customer_id uuid default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id text := p_event ->> 'id';
  v_type text := p_event ->> 'type';
  v_object jsonb := p_event -> 'data' -> 'object';
  v_result jsonb;
begin
  if v_id is null or v_type is null or pg_catalog.jsonb_typeof(v_object) is distinct from 'object' then
    raise exception using errcode = '22023', message = 'not a Stripe event: id, type and data.object are required';
  end if;

  insert into payments.stripe_events (id, type) values (v_id, v_type) on conflict (id) do nothing;
  if not found then
    return pg_catalog.jsonb_build_object('outcome', 'duplicate', 'event_id', v_id);
  end if;

  v_result := case
    when v_type in ('checkout.session.completed', 'checkout.session.async_payment_succeeded',
                    'checkout.session.async_payment_failed', 'checkout.session.expired')
      then payments.on_checkout_session(v_id, v_type, v_object, p_customer_id)
    when v_type = 'payment_intent.payment_failed'
      then payments.on_payment_intent_failed(v_id, v_object, p_customer_id)
    when v_type = 'charge.refunded'
      then payments.on_charge_refunded(v_id, v_object)
    else pg_catalog.jsonb_build_object('outcome', 'ignored', 'reason', 'event type not handled')
  end;

  update payments.stripe_events e
  set outcome = v_result ->> 'outcome', order_id = (v_result ->> 'order_id')::uuid
  where e.id = v_id;
  return v_result || pg_catalog.jsonb_build_object('event_id', v_id, 'type', v_type);
end;
$$;

comment on function public.stripe_handle_event(jsonb, uuid) is
  'Applies one verified Stripe event atomically and at most once (service_role only).';

-- The auth user id of an e-mail address (the webhook finds or creates customers by e-mail).
create or replace function public.stripe_customer_user_id(p_email text)
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select u.id from auth.users u where lower(u.email) = lower(p_email) order by u.created_at limit 1
$$;

revoke all on function payments.lock_payment_link(jsonb) from public;
revoke all on function payments.ensure_customer_profile(uuid, text, text, boolean) from public;
revoke all on function payments.open_dossier(public.orders) from public;
revoke all on function payments.record_order_status(
  public.payment_links, public.order_status, text, uuid, text, text, integer, text, text, text, text, jsonb
) from public;
revoke all on function payments.on_checkout_session(text, text, jsonb, uuid) from public;
revoke all on function payments.on_payment_intent_failed(text, jsonb, uuid) from public;
revoke all on function payments.on_charge_refunded(text, jsonb) from public;
revoke all on function public.stripe_handle_event(jsonb, uuid) from public, anon, authenticated;
revoke all on function public.stripe_customer_user_id(text) from public, anon, authenticated;
grant execute on function public.stripe_handle_event(jsonb, uuid) to service_role;
grant execute on function public.stripe_customer_user_id(text) to service_role;
