-- Agent-scoped security, part 1: role helpers in schema `private`.
--
-- PostgREST serves only schema public, so nothing in `private` is reachable over the API; the
-- policies (running as the API caller) call these helpers. They are SECURITY DEFINER so that a
-- policy on one table can look at another table (agents, step_instances, dossiers, payment_links)
-- without going through that table's policies (no recursion, no leak: they return booleans or ids),
-- and they pin `search_path = ''` with every name schema-qualified.
--
-- The set-returning helpers declare a small ROWS estimate (an agent reaches tens to hundreds of
-- dossiers, not the whole table), so that joins on them look rows up through indexes
-- (supabase/tests/performance.test.ts checks their plans).
--
-- Every helper reads the agents table at call time: a role change or a deactivation applies to the
-- agent's next request whatever their JWT says. Policies wrap them as `(select private.f())`, so
-- each runs once per statement (an InitPlan), not once per row.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Ledger (20250601000050): schema private normally comes from 20250601000180.
select migration_ledger.note('20250601000200', 'schema', 'private');

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated;
-- anon needs the schema only for the public checkout wrapper (20250601000250).
grant usage on schema private to anon;
-- Functions created here later are not executable by everyone by default: each grant is explicit.
alter default privileges in schema private revoke execute on functions from public;

-- The caller's role when they are an ACTIVE agent, NULL otherwise (anon, customers, inactive agents).
create or replace function private.current_agent_role()
returns public.agent_role
language sql stable security definer
set search_path = ''
as $$
  select a.role from public.agents a where a.id = (select auth.uid()) and a.active
$$;

create or replace function private.is_active_agent()
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.agents a where a.id = (select auth.uid()) and a.active)
$$;

-- An authenticated caller with no agents row at all (an inactive agent is not a customer).
create or replace function private.is_customer()
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select (select auth.uid()) is not null
     and not exists (select 1 from public.agents a where a.id = (select auth.uid()))
$$;

-- true when the caller is an active agent holding one of the given roles.
create or replace function private.has_role(variadic p_roles public.agent_role[])
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(private.current_agent_role() = any (p_roles), false)
$$;

-- Dossiers the caller reaches without a global role: the customer's own dossiers and, for an
-- active agent, the dossiers where a step instance is assigned to them.
create or replace function private.readable_dossier_ids()
returns setof uuid
rows 20
language sql stable security definer
set search_path = ''
as $$
  select d.id from public.dossiers d where d.user_id = (select auth.uid())
  union
  select si.dossier_id
  from public.step_instances si
  where si.assigned_to = (select auth.uid())
    and (select private.is_active_agent())
$$;

-- Dossiers visible in the back-office: reviewers, managers and admins see all of them; an
-- agent sees those with a step instance assigned to them. Customers are not covered here.
create or replace function private.can_see_dossier(p_dossier_id uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select case
    when private.has_role('REVIEWER', 'MANAGER', 'ADMIN') then true
    when private.has_role('AGENT') then exists (
      select 1 from public.step_instances si
      where si.dossier_id = p_dossier_id and si.assigned_to = (select auth.uid()))
    else false
  end
$$;

-- Payment links created by the caller while they are an active AGENT (managers and admins see
-- every link through their role; reviewers none).
create or replace function private.own_payment_link_ids()
returns setof uuid
rows 100
language sql stable security definer
set search_path = ''
as $$
  select pl.id from public.payment_links pl
  where pl.created_by = (select auth.uid()) and (select private.has_role('AGENT'))
$$;

-- Orders placed through the caller's own links (AGENT).
create or replace function private.own_link_order_ids()
returns setof uuid
rows 100
language sql stable security definer
set search_path = ''
as $$
  select o.id from public.orders o
  where o.payment_link_id in (select private.own_payment_link_ids())
$$;

-- Documents of the dossiers from readable_dossier_ids().
create or replace function private.readable_document_ids()
returns setof uuid
rows 200
language sql stable security definer
set search_path = ''
as $$
  select doc.id
  from private.readable_dossier_ids() r (dossier_id)
  cross join lateral (select d.id from public.documents d where d.dossier_id = r.dossier_id) doc
$$;

create or replace function private.owns_payment_link(p_payment_link_id uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.payment_links pl
    where pl.id = p_payment_link_id and pl.created_by = (select auth.uid())
  ) and private.is_active_agent()
$$;

-- Customers (profiles) an AGENT or a REVIEWER may read (managers and admins read all):
-- AGENT: customers who paid through their links or own a dossier assigned to them;
-- REVIEWER: customers with a document waiting for review.
create or replace function private.visible_customer_ids()
returns setof uuid
rows 100
language plpgsql stable security definer
set search_path = ''
as $$
declare
  v_role public.agent_role := private.current_agent_role();
  v_uid uuid := (select auth.uid());
begin
  if v_role = 'AGENT' then
    return query
      select o.user_id from public.orders o
      join public.payment_links pl on pl.id = o.payment_link_id
      where pl.created_by = v_uid
      union
      select pl.used_by from public.payment_links pl
      where pl.created_by = v_uid and pl.used_by is not null
      union
      select d.user_id from public.dossiers d
      where d.id in (select si.dossier_id from public.step_instances si where si.assigned_to = v_uid);
  elsif v_role = 'REVIEWER' then
    return query
      select distinct d.user_id from public.dossiers d
      where exists (select 1 from public.documents doc
                    where doc.dossier_id = d.id and doc.status = 'PENDING');
  end if;
end
$$;

-- Helpers are for policies and functions only: no direct EXECUTE for the public.
revoke execute on all functions in schema private from public, anon;
grant execute on function
  private.current_agent_role(),
  private.is_active_agent(),
  private.is_customer(),
  private.has_role(public.agent_role[]),
  private.readable_dossier_ids(),
  private.readable_document_ids(),
  private.own_link_order_ids(),
  private.can_see_dossier(uuid),
  private.own_payment_link_ids(),
  private.owns_payment_link(uuid),
  private.visible_customer_ids()
to authenticated;
