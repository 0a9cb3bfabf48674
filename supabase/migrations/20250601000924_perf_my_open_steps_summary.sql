-- my_open_steps_summary (the agent's dashboard, 20250601000822) counts the caller's rows of the
-- step board read model (20250601000920) through idx_step_board_items_assignee (index-only:
-- due_order and the policy's dossier_id are in it) instead of the step instances: 49 / 79 ms p50 /
-- p95 as the demo agent on the large data set (`npm run bench -- --quick`, 2026-12-02 08:07 UTC).
-- Same result: the open steps are the read model's rows; overdue is due_order < now() (due_order
-- is the due date, none = infinity); the next due date still ahead is the smallest due_order from
-- now on that is a date. Same signature, checks, security and grants. Re-runnable.
-- Revert: supabase/rollbacks/ (same name).

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
           pg_catalog.count(*) filter (where b.due_order < pg_catalog.now()),
           pg_catalog.min(b.due_order) filter (where b.due_order >= pg_catalog.now() and b.due_order < 'infinity')
    from private.step_board_items b
    where b.assigned_to = (select auth.uid());
end;
$$;
