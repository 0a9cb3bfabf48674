-- Revert 20250601000912_reviewer_scope_policies: the reviewer's arm through
-- private.customers_awaiting_review() (20250601000900) and visible_customer_ids()'s reviewer
-- branch over documents and dossiers (20250601000803) again.
set local lock_timeout = '10s';

create or replace function private.customers_awaiting_review()
returns setof uuid
rows 1000
language sql
stable
security definer
set search_path = ''
as $$
  select distinct d.user_id
  from public.dossiers d
  where (select private.has_role('REVIEWER'))
    and d.id = any (array(select doc.dossier_id from public.documents doc where doc.status = 'PENDING'))
$$;
comment on function private.customers_awaiting_review() is
  'For a REVIEWER: the customers with a document waiting for review (empty for anyone else).';
revoke all on function private.customers_awaiting_review() from public, anon;
grant execute on function private.customers_awaiting_review() to authenticated, service_role;

drop policy if exists profiles_select on public.profiles;
create policy profiles_select on public.profiles for select to authenticated
using (
  id = (select auth.uid())
  or (select private.has_role('MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and id in (select ac.customer_id from private.agent_customers ac where ac.agent_id = (select auth.uid()))
  )
  or ((select private.has_role('REVIEWER')) and id in (select private.customers_awaiting_review()))
);

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
