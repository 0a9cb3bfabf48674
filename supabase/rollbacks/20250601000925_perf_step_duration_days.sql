-- Revert 20250601000925_perf_step_duration_days: avg_time_per_step aggregates the step instances
-- again (as 20250601000260 wrote it); the rollup, its trigger and functions, and the index are gone
-- (derived data only: nothing is lost).
set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.avg_time_per_step(p_from timestamptz, p_to timestamptz)
returns table (step_id uuid, step_code text, step_label text, completed_count bigint, avg_hours numeric, max_hours numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  return query
    select s.id, s.code, s.label, pg_catalog.count(*),
           pg_catalog.round((pg_catalog.avg(extract(epoch from si.completed_at - si.started_at)) / 3600)::numeric, 2),
           pg_catalog.round((pg_catalog.max(extract(epoch from si.completed_at - si.started_at)) / 3600)::numeric, 2)
    from public.step_instances si
    join public.steps s on s.id = si.step_id
    where si.completed_at >= p_from and si.completed_at < p_to and si.started_at is not null
    group by s.id, s.code, s.label, s.position
    order by s.position, s.code;
end;
$$;

drop trigger if exists step_duration_after_change on public.step_instances;
drop function if exists private.step_duration_after_change();
drop function if exists private.rebuild_step_duration_days();
drop function if exists private.refresh_step_duration_day(date, uuid);
drop policy if exists step_duration_days_select on private.step_duration_days;
select migration_ledger.revert('20250601000925');
