-- The step assignment board as a read model (issue 9 item 3, issue 13 "overdue in one place",
-- "workloads counted in SQL"). Before: the SPA read at most 500 open steps in one request
-- (embedding every step's documents before PostgREST could sort and limit), grouped them and
-- computed "overdue" again in the browser, and counted workloads from those 500.
--
--   * public.step_board: one row per open step instance (PENDING or IN_PROGRESS, not completed)
--     with what a card shows (step label, dossier type, customer name, documents approved / total)
--     and the board's arithmetic, computed here once: `overdue` (due_at, which the
--     set_step_instance_timestamps trigger derives from the product's estimated duration, is
--     past), `overdue_hours`, `board_column` (overdue, else assigned / unassigned), `is_current`
--     (IN_PROGRESS first in the columns) and `search_text` (step, customer, dossier id) for the
--     search box. The SPA pages each column on the server (filter, order, range, exact count).
--   * public.assignable_agents: who may be given a step (product.md §2 and §4: steps are worked
--     by agents, role AGENT, active); assign_step_instance now enforces the same rule through
--     the same function, so the picker and the database cannot disagree.
--   * public.step_workloads: open and overdue steps per assignable agent (zeros included).
--
-- All three are SECURITY INVOKER views: the caller's row-level security applies to every table
-- they read (a manager sees every step, an agent the steps of the dossiers they may read); the
-- agent names come from private.agent_directory() / private.assignable_agents(), which return
-- nothing to anyone but an active agent.
--
-- Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

-- Who may be assigned a step: the active agents with the AGENT role (for active agents only).
create or replace function private.assignable_agents()
returns table (id uuid, full_name text)
language sql
stable
security definer
set search_path = ''
as $$
  select a.id, a.full_name
  from public.agents a
  where a.active and a.role = 'AGENT' and private.is_active_agent()
$$;
comment on function private.assignable_agents() is
  'Active agents with the AGENT role (who may be assigned a step), for active agents only.';
revoke all on function private.assignable_agents() from public, anon;
grant execute on function private.assignable_agents() to authenticated, service_role;

create or replace view public.assignable_agents
with (security_invoker = true)
as select g.id, g.full_name from private.assignable_agents() g;
comment on view public.assignable_agents is
  'Who may be assigned a step instance (active agents, role AGENT), by name: the board''s picker.';
revoke all on public.assignable_agents from public, anon, authenticated;
grant select on public.assignable_agents to authenticated, service_role;

-- assign_step_instance (20250601000240) with the same assignee rule as the picker.
create or replace function private.assign_step_instance(p_step_instance_id uuid, p_agent_id uuid)
returns public.step_instances
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_si public.step_instances;
begin
  if not private.has_role('MANAGER', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only managers and admins can assign steps';
  end if;
  if p_agent_id is null then
    raise exception using errcode = '22023', message = 'agent_id is required';
  end if;
  select * into v_si from public.step_instances si where si.id = p_step_instance_id for update;
  if v_si.id is null then
    raise exception using errcode = 'P0002', message = 'no such step instance';
  end if;
  if v_si.status = 'COMPLETED' then
    raise exception using errcode = 'P0001', message = 'a completed step cannot be reassigned';
  end if;
  if not exists (select 1 from private.assignable_agents() g where g.id = p_agent_id) then
    raise exception using errcode = '23514',
      message = 'a step can be assigned only to an active agent with the AGENT role';
  end if;
  if v_si.assigned_to is distinct from p_agent_id then
    update public.step_instances si set assigned_to = p_agent_id where si.id = v_si.id returning * into v_si;
  end if;
  return v_si;
end;
$$;

-- The board's rows. `now()` is the statement's time: every row of a page is judged at once.
-- Dropped first: re-running the migrations in order meets the wider view of 20250601000920
-- (a view cannot lose columns through create or replace); nothing depends on it.
drop view if exists public.step_board;
create view public.step_board
with (security_invoker = true)
as
select si.id, si.dossier_id, si.step_id, si.status, si.assigned_to, si.started_at, si.due_at, si.created_at,
       s.label as step_label, s.code as step_code,
       d.type as dossier_type, d.status as dossier_status,
       p.full_name as customer_name,
       (si.due_at is not null and si.due_at < pg_catalog.now()) as overdue,
       case when si.due_at < pg_catalog.now()
            then pg_catalog.round((extract(epoch from pg_catalog.now() - si.due_at) / 3600)::numeric, 2)
       end as overdue_hours,
       case when si.due_at < pg_catalog.now() then 'overdue'
            when si.assigned_to is null then 'unassigned'
            else 'assigned'
       end as board_column,
       (si.status = 'IN_PROGRESS') as is_current,
       pg_catalog.lower(pg_catalog.concat_ws(' ', s.label, s.code, p.full_name, si.dossier_id::text)) as search_text,
       (select pg_catalog.count(*) from public.documents doc where doc.step_instance_id = si.id) as documents_total,
       (select pg_catalog.count(*) from public.documents doc
         where doc.step_instance_id = si.id and doc.status = 'APPROVED') as documents_approved
from public.step_instances si
join public.steps s on s.id = si.step_id
join public.dossiers d on d.id = si.dossier_id
left join public.profiles p on p.id = d.user_id
where si.completed_at is null and si.status in ('PENDING', 'IN_PROGRESS');

comment on view public.step_board is
  'Open step instances with the board''s columns (overdue computed here once); caller''s RLS applies.';
revoke all on public.step_board from public, anon, authenticated;
grant select on public.step_board to authenticated, service_role;

-- Workloads: open and overdue steps per assignable agent, busiest first (zeros included).
create or replace view public.step_workloads
with (security_invoker = true)
as
select g.id as agent_id, g.full_name,
       pg_catalog.count(si.id) as open_count,
       pg_catalog.count(si.id) filter (where si.due_at < pg_catalog.now()) as overdue_count
from private.assignable_agents() g
left join public.step_instances si
  on si.assigned_to = g.id and si.completed_at is null and si.status in ('PENDING', 'IN_PROGRESS')
group by g.id, g.full_name;

comment on view public.step_workloads is
  'Open and overdue step instances per assignable agent (the caller''s RLS decides which steps count).';
revoke all on public.step_workloads from public, anon, authenticated;
grant select on public.step_workloads to authenticated, service_role;
