-- Revert 20250601000600_rules_api_error_statuses: the public wrappers as 20250601000240, …250,
-- …270 and …320 created them (P0002 / 55000 answered 500 again), then the helper.

create or replace function public.complete_step_instance(p_step_instance_id uuid)
returns table (step_instance_id uuid, next_step_instance_id uuid, dossier_id uuid, dossier_status public.dossier_status_code)
language sql
security invoker
set search_path = ''
as $$
  select * from private.complete_step_instance(p_step_instance_id)
$$;

create or replace function public.review_document_version(p_version_id uuid, p_decision text, p_notes text default null)
returns public.document_reviews
language sql
security invoker
set search_path = ''
as $$
  select * from private.review_document_version(p_version_id, p_decision, p_notes)
$$;

create or replace function public.assign_step_instance(p_step_instance_id uuid, p_agent_id uuid)
returns public.step_instances
language sql
security invoker
set search_path = ''
as $$
  select * from private.assign_step_instance(p_step_instance_id, p_agent_id)
$$;

create or replace function public.change_dossier_status(p_dossier_id uuid, p_status text, p_note text default null)
returns public.dossiers
language sql
security invoker
set search_path = ''
as $$
  select * from private.change_dossier_status(p_dossier_id, p_status, p_note)
$$;

create or replace function public.get_payment_link(p_token text)
returns table (product_name text, price_amount integer, currency text, status text, expires_at timestamptz)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.get_payment_link(p_token)
$$;

create or replace function public.reorder_product_steps(p_product_id uuid, p_product_step_ids uuid[])
returns setof public.product_steps
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_current uuid[];
begin
  if not private.has_role('ADMIN') then
    raise exception using errcode = '42501', message = 'only admins can change a workflow';
  end if;
  if not exists (select 1 from public.products p where p.id = p_product_id) then
    raise exception using errcode = 'P0002', message = 'no such product';
  end if;
  select coalesce(pg_catalog.array_agg(ps.id order by ps.id), '{}') into v_current
  from public.product_steps ps where ps.product_id = p_product_id;
  if p_product_step_ids is null
     or pg_catalog.cardinality(p_product_step_ids) <> pg_catalog.cardinality(v_current)
     or (select pg_catalog.array_agg(x order by x) from pg_catalog.unnest(p_product_step_ids) x) is distinct from v_current then
    raise exception using errcode = '22023',
      message = 'product_step_ids must list every step of the product''s workflow exactly once';
  end if;

  set constraints public.product_steps_product_id_position_key deferred;
  with wanted as (
    select ids.id, ids.n from pg_catalog.unnest(p_product_step_ids) with ordinality as ids(id, n)
  ),
  slots as (
    select ps.position, pg_catalog.row_number() over (order by ps.position) as n
    from public.product_steps ps where ps.product_id = p_product_id
  )
  update public.product_steps ps
  set position = slots.position
  from wanted join slots on slots.n = wanted.n
  where ps.id = wanted.id and ps.position is distinct from slots.position;
  set constraints public.product_steps_product_id_position_key immediate;

  return query select * from public.product_steps ps where ps.product_id = p_product_id order by ps.position;
end;
$$;

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

drop function if exists private.raise_api_error(text, text);
