-- The agent directory is name and role (product.md §2; issue 10, item 5): non-admins no longer
-- read other agents' e-mail addresses and active flags.
--
--   * public.agents: an ADMIN reads every row (the team screens); any other active agent reads
--     their own row only (the SPA's identity: name, e-mail, role, active);
--   * public.agent_directory (id, full_name, role): the active agents, for every active agent
--     (references, assignment pickers, workload). A SECURITY INVOKER view over a SECURITY
--     DEFINER function in schema private (not exposed), which checks the caller first: nobody
--     but an active agent gets a row, and no definer object sits in an exposed schema;
--   * public.overdue_steps (dashboard) names assignees from the directory.
--
-- Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

drop policy if exists agents_select on public.agents;
create policy agents_select on public.agents for select to authenticated
using (
  (select private.has_role('ADMIN'))
  or (id = (select auth.uid()) and (select private.is_active_agent()))
);

create or replace function private.agent_directory()
returns table (id uuid, full_name text, role public.agent_role)
language sql
stable
security definer
set search_path = ''
as $$
  select a.id, a.full_name, a.role
  from public.agents a
  where a.active and private.is_active_agent()
$$;
comment on function private.agent_directory() is
  'Active agents (id, name, role) for active agents; nothing for anyone else.';
revoke all on function private.agent_directory() from public, anon;
grant execute on function private.agent_directory() to authenticated, service_role;

create or replace view public.agent_directory
with (security_invoker = true)
as select d.id, d.full_name, d.role from private.agent_directory() d;
comment on view public.agent_directory is
  'The agent directory of product.md §2: active agents by name and role (no e-mail, no active flag).';
revoke all on public.agent_directory from public, anon, authenticated;
grant select on public.agent_directory to authenticated, service_role;

-- The overdue steps of the dashboard, with the assignee's name from the directory.
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
    left join private.agent_directory() a on a.id = si.assigned_to
    where si.completed_at is null and si.due_at < pg_catalog.now()
    order by si.due_at
    limit 500;
end;
$$;
