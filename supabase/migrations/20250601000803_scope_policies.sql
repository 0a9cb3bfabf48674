-- Stored access scope, part 4: every agent policy becomes a plain indexed predicate on
-- `(select auth.uid())` over the stored scope (20250601000800), and the selling agent's read-only
-- view of product.md §2: an AGENT reads the dossier opened by a sale from their own payment link,
-- with its steps, documents, versions, reviews, messages, timeline events and status history.
-- Writes are unchanged: sending a message needs a step assigned (agent_dossiers.assigned), steps
-- are completed by their assignee (complete_step_instance), the rest is MANAGER / ADMIN.
--
-- Shape of each agent arm: `(select private.has_role('AGENT')) and <col> in (select ... from
-- private.agent_dossiers ad where ad.agent_id = (select auth.uid()))`. The role check is an
-- InitPlan (once per statement, reads agents at call time: a role change or a deactivation applies
-- on the next request); the scope is read through the primary key (agent_id, dossier_id) of the
-- scope table, visible to the planner (no SECURITY DEFINER helper rebuilding it per statement).
-- The helpers the storage policies and functions call are redefined on the same tables.
-- Revert: supabase/rollbacks/20250601000803_scope_policies.sql. Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- ---------------------------------------------------------------------------------------------
-- Helpers (same signatures, now lookups in the stored scope)
-- ---------------------------------------------------------------------------------------------

-- Dossiers the caller reaches without a global role: the customer's own; for an active agent the
-- dossiers assigned to them and, for an AGENT, the ones their sales opened.
create or replace function private.readable_dossier_ids()
returns setof uuid
rows 20
language sql stable security definer
set search_path = ''
as $$
  select d.id from public.dossiers d where d.user_id = (select auth.uid())
  union
  select ad.dossier_id
  from private.agent_dossiers ad
  where ad.agent_id = (select auth.uid())
    and (select private.is_active_agent())
    and (ad.assigned or (select private.has_role('AGENT')))
$$;

-- Back-office visibility of one dossier (storage): global roles all, an AGENT their scope.
create or replace function private.can_see_dossier(p_dossier_id uuid)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select case
    when private.has_role('REVIEWER', 'MANAGER', 'ADMIN') then true
    when private.has_role('AGENT') then exists (
      select 1 from private.agent_dossiers ad
      where ad.agent_id = (select auth.uid()) and ad.dossier_id = p_dossier_id)
    else false
  end
$$;

-- Orders through the caller's own links (AGENT): orders.agent_id.
create or replace function private.own_link_order_ids()
returns setof uuid
rows 100
language sql stable security definer
set search_path = ''
as $$
  select o.id from public.orders o
  where o.agent_id = (select auth.uid()) and (select private.has_role('AGENT'))
$$;

-- Customers an AGENT (stored scope) or a REVIEWER (documents waiting for review) may read.
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
      select ac.customer_id from private.agent_customers ac where ac.agent_id = v_uid;
  elsif v_role = 'REVIEWER' then
    return query
      select distinct d.user_id from public.dossiers d
      where exists (select 1 from public.documents doc
                    where doc.dossier_id = d.id and doc.status = 'PENDING');
  end if;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Sales
-- ---------------------------------------------------------------------------------------------
drop policy if exists orders_select on public.orders;
create policy orders_select on public.orders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('AGENT')) and agent_id = (select auth.uid()))
);

drop policy if exists payment_reminders_select on public.payment_reminders;
create policy payment_reminders_select on public.payment_reminders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and order_id in (select o.id from public.orders o where o.agent_id = (select auth.uid()))
  )
);

drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and id in (select ac.customer_id from private.agent_customers ac where ac.agent_id = (select auth.uid()))
  )
  or ((select private.has_role('REVIEWER')) and id in (select private.visible_customer_ids()))
);

-- ---------------------------------------------------------------------------------------------
-- Operations
-- ---------------------------------------------------------------------------------------------
drop policy if exists dossiers_select on public.dossiers;
create policy dossiers_select on public.dossiers for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and id in (select ad.dossier_id from private.agent_dossiers ad where ad.agent_id = (select auth.uid()))
  )
);

-- step_instances, documents, messages: the customer's own dossiers, the global roles, the scope.
do $$
declare
  t text;
begin
  foreach t in array array['step_instances', 'documents', 'messages'] loop
    execute pg_catalog.format('drop policy if exists %I on public.%I', t || '_select', t);
    execute pg_catalog.format($p$
      create policy %I on public.%I for select to authenticated
      using (
        (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
        or dossier_id in (select d.id from public.dossiers d where d.user_id = (select auth.uid()))
        or (
          (select private.has_role('AGENT'))
          and dossier_id in (select ad.dossier_id from private.agent_dossiers ad where ad.agent_id = (select auth.uid()))
        )
      )$p$, t || '_select', t);
  end loop;
end
$$;

drop policy if exists dossier_status_history_select on public.dossier_status_history;
create policy dossier_status_history_select on public.dossier_status_history for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and dossier_id in (select ad.dossier_id from private.agent_dossiers ad where ad.agent_id = (select auth.uid()))
  )
);

drop policy if exists events_select on public.events;
create policy events_select on public.events for select to authenticated
using (
  (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('REVIEWER')) and entity_type = 'document')
  or (
    (select private.has_role('AGENT'))
    and dossier_id in (select ad.dossier_id from private.agent_dossiers ad where ad.agent_id = (select auth.uid()))
  )
);

-- Versions and reviews hang off documents: the scope's documents, found by documents.dossier_id.
drop policy if exists document_versions_select on public.document_versions;
create policy document_versions_select on public.document_versions for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or document_id in (
    select doc.id from public.documents doc
    where doc.dossier_id in (select d.id from public.dossiers d where d.user_id = (select auth.uid())))
  or (
    (select private.has_role('AGENT'))
    and document_id in (
      select doc.id from private.agent_dossiers ad
      join public.documents doc on doc.dossier_id = ad.dossier_id
      where ad.agent_id = (select auth.uid()))
  )
);

drop policy if exists document_reviews_select on public.document_reviews;
create policy document_reviews_select on public.document_reviews for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and document_version_id in (
      select v.id from private.agent_dossiers ad
      join public.documents doc on doc.dossier_id = ad.dossier_id
      join public.document_versions v on v.document_id = doc.id
      where ad.agent_id = (select auth.uid()))
  )
);

-- Sending a message: an AGENT only on a dossier with a step assigned to them (not on a dossier
-- they only sold: that view is read only).
drop policy if exists messages_insert on public.messages;
create policy messages_insert on public.messages for insert to authenticated
with check (
  (select private.has_role('ADMIN'))
  or (
    sender_id = (select auth.uid())
    and (
      (sender_type = 'AGENT' and (select private.has_role('MANAGER')))
      or (sender_type = 'AGENT' and (select private.has_role('AGENT'))
          and dossier_id in (select ad.dossier_id from private.agent_dossiers ad
                             where ad.agent_id = (select auth.uid()) and ad.assigned))
      or (sender_type = 'USER' and (select private.is_customer())
          and dossier_id in (select d.id from public.dossiers d where d.user_id = (select auth.uid())))
    )
  )
);
