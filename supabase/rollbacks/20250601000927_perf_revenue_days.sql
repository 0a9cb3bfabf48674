-- Revert 20250601000927_perf_revenue_days: revenue_by_period aggregates the orders again (as
-- 20250601000260 wrote it); the rollup, its trigger and functions are gone (derived data only:
-- nothing is lost).
set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.revenue_by_period(p_from timestamptz, p_to timestamptz, p_bucket text default 'day')
returns table (bucket_start timestamptz, currency text, orders_count bigint, revenue bigint, refunded bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  perform private.check_bucket(p_bucket);
  return query
    with paid as (
      select pg_catalog.date_trunc(p_bucket, o.paid_at at time zone 'UTC') at time zone 'UTC' as b,
             o.currency as cur, o.status, o.amount
      from public.orders o
      where o.paid_at >= p_from and o.paid_at < p_to and o.status in ('PAID', 'REFUNDED')
    ),
    currencies as (
      select distinct paid.cur from paid
      union
      select 'USD' where not exists (select 1 from paid)
    )
    select bk.bucket_start, c.cur,
           pg_catalog.count(p.amount) filter (where p.status = 'PAID'),
           coalesce(pg_catalog.sum(p.amount) filter (where p.status = 'PAID'), 0)::bigint,
           coalesce(pg_catalog.sum(p.amount) filter (where p.status = 'REFUNDED'), 0)::bigint
    from private.period_buckets(p_from, p_to, p_bucket) bk
    cross join currencies c
    left join paid p on p.b = bk.bucket_start and p.cur = c.cur
    group by bk.bucket_start, c.cur
    order by bk.bucket_start, c.cur;
end;
$$;

drop trigger if exists revenue_after_order_change on public.orders;
drop function if exists private.revenue_after_order_change();
drop function if exists private.rebuild_revenue_days();
drop function if exists private.refresh_revenue_day(date, text);
-- the period helper (0928 and 0930, which also use it, are reverted first)
drop function if exists private.period_whole_days(timestamptz, timestamptz);
drop policy if exists revenue_days_select on private.revenue_days;
select migration_ledger.revert('20250601000927');
