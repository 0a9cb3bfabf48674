-- Revert 20250601000803_scope_policies: the agent policies and helpers as 20250601000200/0210
-- (and the events policy of 20250601000500) defined them: the scope rebuilt per statement by the
-- SECURITY DEFINER helpers, no selling-agent view.
set local lock_timeout = '10s';

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

create or replace function private.own_link_order_ids()
returns setof uuid
rows 100
language sql stable security definer
set search_path = ''
as $$
  select o.id from public.orders o
  where o.payment_link_id in (select private.own_payment_link_ids())
$$;

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

drop policy if exists orders_select on public.orders;
create policy orders_select on public.orders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or payment_link_id in (select private.own_payment_link_ids())
);

drop policy if exists payment_reminders_select on public.payment_reminders;
create policy payment_reminders_select on public.payment_reminders for select to authenticated
using (
  user_id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or order_id in (select private.own_link_order_ids())
);

drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or id in (select private.visible_customer_ids())
);

drop policy if exists dossiers_select on public.dossiers;
create policy dossiers_select on public.dossiers for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or id in (select private.readable_dossier_ids())
);

drop policy if exists step_instances_select on public.step_instances;
create policy step_instances_select on public.step_instances for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select private.readable_dossier_ids())
);

drop policy if exists documents_select on public.documents;
create policy documents_select on public.documents for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select private.readable_dossier_ids())
);

drop policy if exists document_versions_select on public.document_versions;
create policy document_versions_select on public.document_versions for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or document_id in (select private.readable_document_ids())
);

drop policy if exists document_reviews_select on public.document_reviews;
create policy document_reviews_select on public.document_reviews for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and document_version_id in (
      select v.id from public.document_versions v
      where v.document_id in (select private.readable_document_ids())
    )
  )
);

drop policy if exists messages_select on public.messages;
create policy messages_select on public.messages for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select private.readable_dossier_ids())
);

drop policy if exists messages_insert on public.messages;
create policy messages_insert on public.messages for insert to authenticated
with check (
  (select private.has_role('ADMIN'))
  or (
    sender_id = (select auth.uid())
    and (
      (sender_type = 'AGENT' and (select private.has_role('MANAGER')))
      or (sender_type = 'AGENT' and (select private.has_role('AGENT'))
          and dossier_id in (select private.readable_dossier_ids()))
      or (sender_type = 'USER' and (select private.is_customer())
          and dossier_id in (select private.readable_dossier_ids()))
    )
  )
);

drop policy if exists dossier_status_history_select on public.dossier_status_history;
create policy dossier_status_history_select on public.dossier_status_history for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or ((select private.has_role('AGENT')) and dossier_id in (select private.readable_dossier_ids()))
);

drop policy if exists events_select on public.events;
create policy events_select on public.events for select to authenticated
using (
  (select private.has_role('MANAGER', 'ADMIN'))
  or ((select private.has_role('REVIEWER')) and entity_type = 'document')
  or ((select private.has_role('AGENT')) and dossier_id in (select private.readable_dossier_ids()))
);
