-- Stored access scope, part 3: triggers keep orders.agent_id, private.agent_dossiers and
-- private.agent_customers exact in the same transaction as the change that moves them:
--   new sale / order           orders insert (agent_id from the link), orders.dossier_id set
--   assignment, reassignment,  step_instances insert / update of assigned_to or dossier_id / delete
--   unassignment
--   link owner or use changes  payment_links update of created_by / used_by, delete
--   dossier owner changes      dossiers update of user_id (deletes cascade)
--   agent or customer deleted  foreign keys, on delete cascade
-- Deactivation and role changes need nothing here: the tables hold facts, the policies check the
-- role and `active` once per statement (20250601000803).
--
-- Each change recomputes the (agent, dossier) and (agent, customer) pairs it touches from the
-- source tables (a few index look-ups), instead of counting references: recomputing cannot drift.
-- Two transactions touching the same pair are serialised by a transaction-scoped advisory lock
-- taken before the recomputation reads (so, in READ COMMITTED, it sees the other's committed rows).
-- Trigger functions are SECURITY DEFINER (they write private tables whatever the caller may do);
-- nobody is granted EXECUTE (a trigger does not need it). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- One (agent, dossier) pair, from step_instances and orders.
create or replace function private.refresh_agent_dossier(p_agent_id uuid, p_dossier_id uuid)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_assigned boolean;
  v_sold boolean;
begin
  if p_agent_id is null or p_dossier_id is null then
    return;
  end if;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('agent_dossier:' || p_agent_id || p_dossier_id, 0));
  v_assigned := exists (select 1 from public.step_instances si
                        where si.dossier_id = p_dossier_id and si.assigned_to = p_agent_id);
  v_sold := exists (select 1 from public.orders o where o.dossier_id = p_dossier_id and o.agent_id = p_agent_id);
  if v_assigned or v_sold then
    insert into private.agent_dossiers as t (agent_id, dossier_id, customer_id, assigned, sold)
    select p_agent_id, d.id, d.user_id, v_assigned, v_sold
    from public.dossiers d
    where d.id = p_dossier_id and exists (select 1 from public.agents a where a.id = p_agent_id)
    on conflict (agent_id, dossier_id) do update
      set customer_id = excluded.customer_id, assigned = excluded.assigned, sold = excluded.sold
      where (t.customer_id, t.assigned, t.sold) is distinct from (excluded.customer_id, excluded.assigned, excluded.sold);
  else
    delete from private.agent_dossiers t where t.agent_id = p_agent_id and t.dossier_id = p_dossier_id;
  end if;
end
$$;

-- One (agent, customer) pair, from orders, payment_links and agent_dossiers (all from the
-- customer's side: a customer has few rows, an agent thousands).
create or replace function private.refresh_agent_customer(p_agent_id uuid, p_customer_id uuid)
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  if p_agent_id is null or p_customer_id is null then
    return;
  end if;
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('agent_customer:' || p_agent_id || p_customer_id, 0));
  if exists (select 1 from public.orders o where o.user_id = p_customer_id and o.agent_id = p_agent_id)
     or exists (select 1 from public.payment_links pl where pl.used_by = p_customer_id and pl.created_by = p_agent_id)
     or exists (select 1 from private.agent_dossiers ad where ad.customer_id = p_customer_id and ad.agent_id = p_agent_id)
  then
    insert into private.agent_customers (agent_id, customer_id)
    select p_agent_id, p_customer_id
    where exists (select 1 from public.agents a where a.id = p_agent_id)
      and exists (select 1 from public.profiles p where p.id = p_customer_id)
    on conflict do nothing;
  else
    delete from private.agent_customers t where t.agent_id = p_agent_id and t.customer_id = p_customer_id;
  end if;
end
$$;

-- orders.agent_id is derived from the link, never taken from the writer.
create or replace function private.set_order_agent()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.agent_id := (select pl.created_by from public.payment_links pl where pl.id = new.payment_link_id);
  return new;
end
$$;

create or replace trigger set_order_agent before insert or update of payment_link_id, agent_id on public.orders
for each row execute function private.set_order_agent();

create or replace function private.scope_after_order()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_agent_dossier(old.agent_id, old.dossier_id);
    perform private.refresh_agent_customer(old.agent_id, old.user_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.refresh_agent_dossier(new.agent_id, new.dossier_id);
    perform private.refresh_agent_customer(new.agent_id, new.user_id);
  end if;
  return null;
end
$$;

create or replace trigger scope_after_order after insert or delete or update of agent_id, dossier_id, user_id on public.orders
for each row execute function private.scope_after_order();

create or replace function private.scope_after_step_instance()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and (old.assigned_to, old.dossier_id) is not distinct from (new.assigned_to, new.dossier_id) then
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_agent_dossier(old.assigned_to, old.dossier_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.refresh_agent_dossier(new.assigned_to, new.dossier_id);
  end if;
  return null;
end
$$;

create or replace trigger scope_after_step_instance after insert or delete or update of assigned_to, dossier_id on public.step_instances
for each row execute function private.scope_after_step_instance();

-- A link changing owner moves its orders (their BEFORE trigger recomputes agent_id); a link's
-- creator and user are a customer pair of their own.
create or replace function private.scope_after_payment_link()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and old.created_by is distinct from new.created_by then
    update public.orders o set agent_id = new.created_by where o.payment_link_id = new.id;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_agent_customer(old.created_by, old.used_by);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.refresh_agent_customer(new.created_by, new.used_by);
  end if;
  return null;
end
$$;

create or replace trigger scope_after_payment_link after insert or delete or update of created_by, used_by on public.payment_links
for each row execute function private.scope_after_payment_link();

-- A dossier changing customer: its scope rows follow (their own trigger updates agent_customers).
create or replace function private.scope_after_dossier_owner()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update private.agent_dossiers ad set customer_id = new.user_id
  where ad.dossier_id = new.id and ad.customer_id is distinct from new.user_id;
  return null;
end
$$;

create or replace trigger scope_after_dossier_owner after update of user_id on public.dossiers
for each row execute function private.scope_after_dossier_owner();

-- agent_dossiers rows are one of the sources of agent_customers.
create or replace function private.scope_after_agent_dossier()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.refresh_agent_customer(old.agent_id, old.customer_id);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform private.refresh_agent_customer(new.agent_id, new.customer_id);
  end if;
  return null;
end
$$;

create or replace trigger scope_after_agent_dossier after insert or delete or update on private.agent_dossiers
for each row execute function private.scope_after_agent_dossier();

revoke execute on function
  private.refresh_agent_dossier(uuid, uuid),
  private.refresh_agent_customer(uuid, uuid),
  private.set_order_agent(),
  private.scope_after_order(),
  private.scope_after_step_instance(),
  private.scope_after_payment_link(),
  private.scope_after_dossier_owner(),
  private.scope_after_agent_dossier()
from public, anon, authenticated;
