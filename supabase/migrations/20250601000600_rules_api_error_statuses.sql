-- "Not found" and "wrong state" from the business functions reach API clients as 404 and 409,
-- never 500 (issue 10, item 7).
--
-- PostgREST maps SQLSTATE P0001 and most classes to 400 and 42501 to 403, but every other
-- PL/pgSQL code (P0*) and class 55 ("object not in prerequisite state") to 500. The private
-- implementations keep raising their meaningful SQLSTATEs (P0002 no such row, 55000 wrong
-- state), which SQL callers and the Edge Functions (supabase/functions/_shared/db-errors.ts)
-- rely on; the public wrappers PostgREST exposes translate exactly those two into PostgREST's
-- own "RAISE SQLSTATE 'PGRST'" form, whose message carries the original code and message and
-- whose detail carries the HTTP status. Clients see {"code": "P0002", "message": "no such ..."}
-- with 404, {"code": "55000", ...} with 409. Other errors pass through unchanged.
--
-- Re-runnable (create or replace). Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

-- Raises the error PostgREST answers with this HTTP status, keeping code and message.
create or replace function private.raise_api_error(p_sqlstate text, p_message text)
returns void
language plpgsql
set search_path = ''
as $$
declare
  v_status integer := case p_sqlstate when 'P0002' then 404 when '55000' then 409 end;
begin
  if v_status is null then
    raise exception using errcode = p_sqlstate, message = p_message;
  end if;
  raise sqlstate 'PGRST' using
    message = pg_catalog.json_build_object('code', p_sqlstate, 'message', p_message)::text,
    detail = pg_catalog.json_build_object('status', v_status, 'headers', pg_catalog.json_build_object())::text;
end;
$$;
comment on function private.raise_api_error(text, text) is
  'Re-raises P0002 as HTTP 404 and 55000 as HTTP 409 for PostgREST (code and message kept).';
revoke all on function private.raise_api_error(text, text) from public, anon;
grant execute on function private.raise_api_error(text, text) to anon, authenticated, service_role;

-- ---------------------------------------------------------------------------------------------
-- Workflow (20250601000240)
-- ---------------------------------------------------------------------------------------------
create or replace function public.complete_step_instance(p_step_instance_id uuid)
returns table (step_instance_id uuid, next_step_instance_id uuid, dossier_id uuid, dossier_status public.dossier_status_code)
language plpgsql
security invoker
set search_path = ''
as $$
begin
  return query select * from private.complete_step_instance(p_step_instance_id);
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
end;
$$;

create or replace function public.review_document_version(p_version_id uuid, p_decision text, p_notes text default null)
returns public.document_reviews
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_review public.document_reviews;
begin
  select * into v_review from private.review_document_version(p_version_id, p_decision, p_notes);
  return v_review;
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
  return null;
end;
$$;

create or replace function public.assign_step_instance(p_step_instance_id uuid, p_agent_id uuid)
returns public.step_instances
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_si public.step_instances;
begin
  select * into v_si from private.assign_step_instance(p_step_instance_id, p_agent_id);
  return v_si;
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
  return null;
end;
$$;

create or replace function public.change_dossier_status(p_dossier_id uuid, p_status text, p_note text default null)
returns public.dossiers
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_dossier public.dossiers;
begin
  select * into v_dossier from private.change_dossier_status(p_dossier_id, p_status, p_note);
  return v_dossier;
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
  return null;
end;
$$;

-- ---------------------------------------------------------------------------------------------
-- Checkout lookup (20250601000250)
-- ---------------------------------------------------------------------------------------------
create or replace function public.get_payment_link(p_token text)
returns table (product_name text, price_amount integer, currency text, status text, expires_at timestamptz)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  return query select * from private.get_payment_link(p_token);
exception when no_data_found then
  perform private.raise_api_error(sqlstate, sqlerrm);
end;
$$;

-- ---------------------------------------------------------------------------------------------
-- Catalog reorder (20250601000270): the same function, its "no such product" now a 404.
-- ---------------------------------------------------------------------------------------------
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
    perform private.raise_api_error('P0002', 'no such product');
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

-- ---------------------------------------------------------------------------------------------
-- Payment links and refunds (20250601000320)
-- ---------------------------------------------------------------------------------------------
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
language plpgsql
security invoker
set search_path = ''
as $$
begin
  return query select * from private.create_payment_link(p_product_id, p_prospect_email, p_prospect_name, p_expires_at);
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
end;
$$;

create or replace function public.cancel_payment_link(p_payment_link_id uuid)
returns table (id uuid, stripe_checkout_session_id text, cancelled_at timestamptz)
language plpgsql
security invoker
set search_path = ''
as $$
begin
  return query select * from private.cancel_payment_link(p_payment_link_id);
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
end;
$$;

create or replace function public.prepare_order_refund(p_order_id uuid)
returns table (order_id uuid, payment_intent_id text, amount integer, currency text)
language plpgsql
security invoker
set search_path = ''
as $$
begin
  return query select * from private.prepare_order_refund(p_order_id);
exception when no_data_found or object_not_in_prerequisite_state then
  perform private.raise_api_error(sqlstate, sqlerrm);
end;
$$;
