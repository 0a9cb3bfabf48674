-- Revert 20250601000902_perf_step_board_indexes: the step board's inner joins, no board indexes.
set local lock_timeout = '10s';

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
join public.steps s on s.id = si.step_id
join public.dossiers d on d.id = si.dossier_id
left join public.profiles p on p.id = d.user_id
where si.completed_at is null and si.status in ('PENDING', 'IN_PROGRESS');


-- the indexes, unless they were there before the migration (ledger)
select migration_ledger.revert('20250601000902');
