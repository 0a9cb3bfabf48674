-- Stored access scope, part 2: private.rebuild_access_scope(), the set-based definition of the
-- scope, and the backfill (one call). The same function is the demo generator's (it writes with
-- triggers off) and the reference the scope test compares the trigger-kept tables with.
--
-- It only changes what differs (MERGE ... WHEN NOT MATCHED BY SOURCE): a second run changes
-- nothing. It runs here before the triggers of 20250601000802 exist, so the backfill is three
-- set-based statements, not one trigger call per row.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

create or replace function private.rebuild_access_scope()
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  -- orders.agent_id: the creator of the order's payment link
  update public.orders o
  set agent_id = pl.created_by
  from public.payment_links pl
  where pl.id = o.payment_link_id and o.agent_id is distinct from pl.created_by;
  update public.orders o
  set agent_id = null
  where o.agent_id is not null and o.payment_link_id is null;

  -- (agent, dossier): assigned a step of it, or sold the order that opened it
  merge into private.agent_dossiers t
  using (
    select f.agent_id, f.dossier_id, d.user_id as customer_id,
           pg_catalog.bool_or(f.assigned) as assigned, pg_catalog.bool_or(not f.assigned) as sold
    from (
      select si.assigned_to, si.dossier_id, true from public.step_instances si where si.assigned_to is not null
      union all
      select o.agent_id, o.dossier_id, false from public.orders o where o.agent_id is not null and o.dossier_id is not null
    ) f (agent_id, dossier_id, assigned)
    join public.dossiers d on d.id = f.dossier_id
    where exists (select 1 from public.agents a where a.id = f.agent_id)
    group by f.agent_id, f.dossier_id, d.user_id
  ) s on t.agent_id = s.agent_id and t.dossier_id = s.dossier_id
  when matched and (t.customer_id, t.assigned, t.sold) is distinct from (s.customer_id, s.assigned, s.sold) then
    update set customer_id = s.customer_id, assigned = s.assigned, sold = s.sold
  when not matched by target then
    insert (agent_id, dossier_id, customer_id, assigned, sold) values (s.agent_id, s.dossier_id, s.customer_id, s.assigned, s.sold)
  when not matched by source then
    delete;

  -- (agent, customer): ordered through the agent's links, used one, or owns one of their dossiers
  merge into private.agent_customers t
  using (
    select o.agent_id, o.user_id from public.orders o where o.agent_id is not null
    union
    select pl.created_by, pl.used_by from public.payment_links pl
    where pl.created_by is not null and pl.used_by is not null
    union
    select ad.agent_id, ad.customer_id from private.agent_dossiers ad
  ) s (agent_id, customer_id)
  on t.agent_id = s.agent_id and t.customer_id = s.customer_id
  when not matched by target then
    insert (agent_id, customer_id) values (s.agent_id, s.customer_id)
  when not matched by source then
    delete;
end
$$;

comment on function private.rebuild_access_scope() is
  'Recomputes orders.agent_id, private.agent_dossiers and private.agent_customers from the facts (set-based; changes only what differs).';

revoke execute on function private.rebuild_access_scope() from public, anon, authenticated;

select private.rebuild_access_scope();

analyze public.orders;
analyze private.agent_dossiers;
analyze private.agent_customers;
