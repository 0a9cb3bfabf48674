-- Revert 20250601000630_rules_agent_directory: overdue_steps as 20250601000260 created it, the
-- agents_select policy of 20250601000210, no directory.
create or replace function public.overdue_steps()
returns table (step_instance_id uuid, dossier_id uuid, step_id uuid, step_label text, assigned_to uuid,
               assignee_name text, started_at timestamptz, due_at timestamptz, overdue_hours numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not private.is_active_agent() then
    raise exception using errcode = '42501', message = 'this dashboard is for active agents';
  end if;
  return query
    select si.id, si.dossier_id, si.step_id, s.label, si.assigned_to, a.full_name, si.started_at, si.due_at,
           pg_catalog.round((extract(epoch from pg_catalog.now() - si.due_at) / 3600)::numeric, 2)
    from public.step_instances si
    join public.steps s on s.id = si.step_id
    left join public.agents a on a.id = si.assigned_to
    where si.completed_at is null and si.due_at < pg_catalog.now()
    order by si.due_at
    limit 500;
end;
$$;

drop view if exists public.agent_directory;
drop function if exists private.agent_directory();

drop policy if exists agents_select on public.agents;
create policy agents_select on public.agents for select to authenticated
using ((select private.is_active_agent()));

