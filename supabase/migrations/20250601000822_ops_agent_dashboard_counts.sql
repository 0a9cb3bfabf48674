-- The agent's own dashboard numbers counted in SQL, like the managers' (issue 13 "agent-side
-- counts"): the SPA used to fetch up to 1,000 payment links and 1,000 step instances and count
-- them in the browser (wrong past 1,000, and slow).
--
--   * my_payment_links_summary(from, to): the caller's own links created in [from, to), per
--     state (used, cancelled, expired, active: the order of payment_link_conversion), zeros included;
--   * my_open_steps_summary(): the caller's open steps, how many are overdue (due_at past, as on
--     the step board), and the next due date still ahead.
--
-- SECURITY INVOKER and STABLE: the caller's row-level security applies; active agents only
-- (42501), bad periods 22023 (private.check_period).
--
-- Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.my_payment_links_summary(p_from timestamptz, p_to timestamptz)
returns table (state text, links_count bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not private.is_active_agent() then
    raise exception using errcode = '42501', message = 'this dashboard is for active agents';
  end if;
  perform private.check_period(p_from, p_to);
  return query
    with mine as (
      select case
               when pl.used_at is not null then 'used'
               when pl.cancelled_at is not null then 'cancelled'
               when pl.expires_at is not null and pl.expires_at <= pg_catalog.now() then 'expired'
               else 'active'
             end as st
      from public.payment_links pl
      where pl.created_by = (select auth.uid()) and pl.created_at >= p_from and pl.created_at < p_to
    )
    select s.st, pg_catalog.count(m.st)
    from (values ('used', 1), ('active', 2), ('expired', 3), ('cancelled', 4)) s(st, ord)
    left join mine m on m.st = s.st
    group by s.st, s.ord
    order by s.ord;
end;
$$;
comment on function public.my_payment_links_summary(timestamptz, timestamptz) is
  'The caller''s own payment links created in [from, to), counted per state (agent dashboard).';

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
comment on function public.my_open_steps_summary() is
  'The caller''s open step instances: how many, how many overdue, the next due date (agent dashboard).';

revoke all on function public.my_payment_links_summary(timestamptz, timestamptz) from public, anon;
revoke all on function public.my_open_steps_summary() from public, anon;
grant execute on function public.my_payment_links_summary(timestamptz, timestamptz) to authenticated, service_role;
grant execute on function public.my_open_steps_summary() to authenticated, service_role;
