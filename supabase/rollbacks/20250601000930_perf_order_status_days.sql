-- Revert 20250601000930_perf_order_status_days: orders_by_status reads the orders again (as
-- 20250601000260 wrote it); the rollup, its trigger and functions are gone (derived data only:
-- nothing is lost).
set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.orders_by_status(p_from timestamptz, p_to timestamptz)
returns table (status public.order_status, orders_count bigint, amount bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  return query
    select s.s, pg_catalog.count(o.id), coalesce(pg_catalog.sum(o.amount), 0)::bigint
    from pg_catalog.unnest(pg_catalog.enum_range(null::public.order_status)) s(s)
    left join public.orders o on o.status = s.s and o.created_at >= p_from and o.created_at < p_to
    group by s.s
    order by s.s;
end;
$$;

drop trigger if exists order_status_days_after_change on public.orders;
drop function if exists private.order_status_days_after_change();
drop function if exists private.rebuild_order_status_days();
drop function if exists private.refresh_order_status_day(date, public.order_status);
drop policy if exists order_status_days_select on private.order_status_days;
select migration_ledger.revert('20250601000930');
