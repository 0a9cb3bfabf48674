-- squawk-ignore-file require-concurrent-index-creation
-- The step board (20250601000821) at the large scale: each column asks its page sorted by
-- `is_current.desc.nullslast, due_at.asc.nullslast, id.asc.nullslast` (react-admin's form) and its
-- exact count. Measured as the manager (98k open steps,
-- load average ~24): a column's page 1.1-4.3 s (every open step joined, then a top-N sort on the
-- computed `is_current`), its count 1.0-1.4 s (the joins to steps and dossiers for every row).
--  * An index on the board's sort over the open steps: the planner walks it and stops after 25
--    rows (0.15-0.25 s at the same load). The choice is close in its costs (it guesses ~0.1% of
--    the open steps for the computed `board_column`), so it can still pick the sort: the lasting
--    fix is the SPA filtering plain columns (assigned_to / due_at), not done here.
--  * The view joins steps and dossiers with LEFT JOIN: every step instance has both (NOT NULL
--    foreign keys) and whoever may read a step may read its dossier (the same scope in both
--    policies, 20250601000803), so the rows are the same; a count that reads no column of them
--    (board_column, assignee, overdue filters) no longer joins them (join removal).
-- (step_workloads, 0.9-1.6 s: an index on (assigned_to) of the open steps was tried and not used
--  by the planner at the large scale; left out.)
-- Counts stay proportional to the open steps the caller sees (docs/performance.md).
-- squawk's require-concurrent-index-creation is ignored: the file runs in the migration's
-- transaction; on a large production database create the indexes beforehand with
-- `create index concurrently if not exists` (same name and definition).
-- Revert: supabase/rollbacks/20250601000902_perf_step_board_indexes.sql. Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '10min';

-- Ledger (20250601000050): indexes of these names already there are kept by the rollback.
select migration_ledger.note_all('20250601000902', 'index', array[
    'public.idx_step_instances_open_board_order']);

create index if not exists idx_step_instances_open_board_order on public.step_instances
  ((status = 'IN_PROGRESS') desc nulls last, due_at, id)
  where completed_at is null and status in ('PENDING', 'IN_PROGRESS');

create or replace view public.step_board
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

