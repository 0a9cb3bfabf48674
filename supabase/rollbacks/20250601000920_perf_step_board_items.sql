-- Revert 20250601000920_perf_step_board_items: the step board and the workloads read
-- step_instances again (as in 20250601000902 and 20250601000821), the board's order index is back,
-- the read model, its triggers and functions are gone (derived data only: nothing is lost).
set local lock_timeout = '10s';
set local statement_timeout = '10min';

-- step_board has one more column (due_order) than before: drop and create it again.
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
left join public.steps s on s.id = si.step_id
left join public.dossiers d on d.id = si.dossier_id
left join public.profiles p on p.id = d.user_id
where si.completed_at is null and si.status in ('PENDING', 'IN_PROGRESS');
comment on view public.step_board is
  'Open step instances with the board''s columns (overdue computed here once); caller''s RLS applies.';
revoke all on public.step_board from public, anon, authenticated;
grant select on public.step_board to authenticated, service_role;

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

create index if not exists idx_step_instances_open_board_order on public.step_instances
  ((status = 'IN_PROGRESS') desc nulls last, due_at, id)
  where completed_at is null and status in ('PENDING', 'IN_PROGRESS');

drop trigger if exists step_board_after_insert on public.step_instances;
drop trigger if exists step_board_after_update on public.step_instances;
drop trigger if exists step_board_after_step on public.steps;
drop trigger if exists step_board_after_dossier on public.dossiers;
drop trigger if exists step_board_after_profile on public.profiles;
drop function if exists private.step_board_after_source_row();
drop function if exists private.step_board_after_step_instances();
drop function if exists private.rebuild_step_board_items();
drop function if exists private.refresh_step_board_items(uuid[]);
drop view if exists private.step_board_source;
drop policy if exists step_board_items_select on private.step_board_items;
select migration_ledger.revert('20250601000920');
