-- Revert 20250601000924_perf_my_open_steps_summary: the agent's open steps counted from
-- step_instances again (as 20250601000822 wrote it).
set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.my_open_steps_summary()
returns table (open_count bigint, overdue_count bigint, next_due_at timestamptz)
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
    select pg_catalog.count(*),
           pg_catalog.count(*) filter (where si.due_at < pg_catalog.now()),
           pg_catalog.min(si.due_at) filter (where si.due_at >= pg_catalog.now())
    from public.step_instances si
    where si.assigned_to = (select auth.uid()) and si.completed_at is null
      and si.status in ('PENDING', 'IN_PROGRESS');
end;
$$;
