-- revenue_by_period (the managers' dashboard) from a daily rollup (issue #9): one row per UTC day
-- and currency of the orders paid that day (PAID: count and amount; REFUNDED: amount), kept exact
-- by a row trigger on orders in the same transaction.
--
-- Why (`npm run bench`, 2026-12-02 14:58 UTC, quiet machine): revenue_by_period over the last year
-- was the slowest request the SPA sends (p95 37 ms large, 12 ms medium: it aggregates every paid
-- order of the year, so it grows with the data, 3.0x from medium to large). The rollup has one row
-- per day and currency. A period's whole UTC days come from the rollup, its partial first and last
-- day from the orders (idx_orders_paid_at: two short ranges); every bucket (day, week, month, in
-- UTC) is a union of whole days, so any [from, to) and bucket give the same numbers as before
-- (supabase/tests/revenue-days.test.ts).
--
-- Readable by managers and admins only (who may call revenue_by_period; they read every order).
-- Each change recomputes the (day, currency) pairs it touches from orders under a
-- transaction-scoped advisory lock. The table is new and small: no concurrent index needed.
-- Revert: supabase/rollbacks/ (same name). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000927', 'table', array['private.revenue_days']);

create table if not exists private.revenue_days (
  day date not null,
  currency text not null,
  paid_count bigint not null,
  paid_amount bigint not null,
  refunded_amount bigint not null,
  primary key (day, currency),
  constraint revenue_days_counted check (paid_count >= 0 and paid_amount >= 0 and refunded_amount >= 0)
);

comment on table private.revenue_days is
  'Per UTC day of payment and currency: PAID orders (count, amount) and REFUNDED amounts. Kept by a trigger on orders.';

alter table private.revenue_days enable row level security;
revoke all on private.revenue_days from public, anon, authenticated;
grant select on private.revenue_days to authenticated, service_role;

drop policy if exists revenue_days_select on private.revenue_days;
create policy revenue_days_select on private.revenue_days for select to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')));

-- One (day, currency) pair from orders.
create or replace function private.refresh_revenue_day(p_day date, p_currency text)
returns void
language plpgsql
volatile
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
declare
  v_orders bigint;
  v_count bigint;
  v_paid bigint;
  v_refunded bigint;
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('revenue_day:' || p_day || p_currency, 0));
  select pg_catalog.count(*),
         pg_catalog.count(*) filter (where o.status = 'PAID'),
         coalesce(pg_catalog.sum(o.amount) filter (where o.status = 'PAID'), 0),
         coalesce(pg_catalog.sum(o.amount) filter (where o.status = 'REFUNDED'), 0)
    into v_orders, v_count, v_paid, v_refunded
  from public.orders o
  where o.paid_at >= (p_day::timestamp at time zone 'UTC')
    and o.paid_at < ((p_day + 1)::timestamp at time zone 'UTC')
    and o.currency = p_currency and o.status in ('PAID', 'REFUNDED');
  if v_orders = 0 then
    delete from private.revenue_days r where r.day = p_day and r.currency = p_currency;
  else
    insert into private.revenue_days as r (day, currency, paid_count, paid_amount, refunded_amount)
    values (p_day, p_currency, v_count, v_paid, v_refunded)
    on conflict (day, currency) do update
      set paid_count = excluded.paid_count, paid_amount = excluded.paid_amount, refunded_amount = excluded.refunded_amount
      where (r.paid_count, r.paid_amount, r.refunded_amount)
            is distinct from (excluded.paid_count, excluded.paid_amount, excluded.refunded_amount);
  end if;
end
$$;
revoke all on function private.refresh_revenue_day(date, text) from public, anon, authenticated;

create or replace function private.rebuild_revenue_days()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.revenue_days r
  where not exists (select 1 from public.orders o
                    where o.paid_at >= (r.day::timestamp at time zone 'UTC')
                      and o.paid_at < ((r.day + 1)::timestamp at time zone 'UTC')
                      and o.currency = r.currency and o.status in ('PAID', 'REFUNDED'));
  insert into private.revenue_days as r (day, currency, paid_count, paid_amount, refunded_amount)
  select (o.paid_at at time zone 'UTC')::date, o.currency,
         pg_catalog.count(*) filter (where o.status = 'PAID'),
         coalesce(pg_catalog.sum(o.amount) filter (where o.status = 'PAID'), 0),
         coalesce(pg_catalog.sum(o.amount) filter (where o.status = 'REFUNDED'), 0)
  from public.orders o
  where o.paid_at is not null and o.status in ('PAID', 'REFUNDED')
  group by 1, 2
  on conflict (day, currency) do update
    set paid_count = excluded.paid_count, paid_amount = excluded.paid_amount, refunded_amount = excluded.refunded_amount
    where (r.paid_count, r.paid_amount, r.refunded_amount)
          is distinct from (excluded.paid_count, excluded.paid_amount, excluded.refunded_amount);
$$;
comment on function private.rebuild_revenue_days() is
  'Recomputes the whole revenue rollup from orders.';
revoke all on function private.rebuild_revenue_days() from public, anon, authenticated;

-- The pairs a changed order leaves and enters (only orders paid or refunded count).
create or replace function private.revenue_after_order_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op <> 'INSERT' and old.paid_at is not null and old.status in ('PAID', 'REFUNDED') then
    perform private.refresh_revenue_day((old.paid_at at time zone 'UTC')::date, old.currency);
  end if;
  if tg_op <> 'DELETE' and new.paid_at is not null and new.status in ('PAID', 'REFUNDED')
     and (tg_op = 'INSERT'
          or (old.paid_at, old.status, old.currency, old.amount) is distinct from (new.paid_at, new.status, new.currency, new.amount)) then
    perform private.refresh_revenue_day((new.paid_at at time zone 'UTC')::date, new.currency);
  end if;
  return null;
end
$$;
revoke all on function private.revenue_after_order_change() from public, anon, authenticated;

drop trigger if exists revenue_after_order_change on public.orders;
create trigger revenue_after_order_change after insert or delete or update of paid_at, status, currency, amount
  on public.orders
  for each row execute function private.revenue_after_order_change();

select private.rebuild_revenue_days();

-- The whole UTC days [first_day, end_day) of a period [p_from, p_to), which the dashboards' daily
-- rollups answer (0927, 0928, 0930); the rest of the period, its partial first and last day, is
-- read from the rows. Both are p_to when the period holds no whole day (everything from the rows).
create or replace function private.period_whole_days(p_from timestamptz, p_to timestamptz,
                                                     out first_day timestamptz, out end_day timestamptz)
language sql
immutable
set search_path = ''
as $$
  select case when d.f < d.e then d.f else p_to end, case when d.f < d.e then d.e else p_to end
  from (select pg_catalog.date_trunc('day', (p_from at time zone 'UTC') + interval '1 day' - interval '1 microsecond') at time zone 'UTC' as f,
               pg_catalog.date_trunc('day', p_to at time zone 'UTC') at time zone 'UTC' as e) d
$$;
revoke all on function private.period_whole_days(timestamptz, timestamptz) from public, anon;
grant execute on function private.period_whole_days(timestamptz, timestamptz) to authenticated;

-- Same signature, result, checks and security as 20250601000260.
create or replace function public.revenue_by_period(p_from timestamptz, p_to timestamptz, p_bucket text default 'day')
returns table (bucket_start timestamptz, currency text, orders_count bigint, revenue bigint, refunded bigint)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  -- the period's whole UTC days [v_first, v_end) (private.period_whole_days) and its partial edges
  v_first timestamptz;
  v_end timestamptz;
begin
  perform private.require_role('MANAGER', 'ADMIN');
  perform private.check_period(p_from, p_to);
  perform private.check_bucket(p_bucket);
  select w.first_day, w.end_day into v_first, v_end from private.period_whole_days(p_from, p_to) w;
  return query
    with paid as (
      -- whole days from the rollup: a day lies in one bucket (buckets are unions of UTC days)
      select pg_catalog.date_trunc(p_bucket, r.day::timestamp) at time zone 'UTC' as b, r.currency as cur,
             r.paid_count as n, r.paid_amount as paid, r.refunded_amount as refunded
      from private.revenue_days r
      where r.day >= (v_first at time zone 'UTC')::date and r.day < (v_end at time zone 'UTC')::date
      union all
      -- the partial first and last day from the orders
      select pg_catalog.date_trunc(p_bucket, o.paid_at at time zone 'UTC') at time zone 'UTC', o.currency,
             (o.status = 'PAID')::int, case when o.status = 'PAID' then o.amount else 0 end,
             case when o.status = 'REFUNDED' then o.amount else 0 end
      from public.orders o
      where o.status in ('PAID', 'REFUNDED')
        and ((o.paid_at >= p_from and o.paid_at < v_first) or (o.paid_at >= v_end and o.paid_at < p_to))
    ),
    currencies as (
      select distinct paid.cur from paid
      union
      select 'USD' where not exists (select 1 from paid)
    )
    select bk.bucket_start, c.cur,
           coalesce(pg_catalog.sum(p.n), 0)::bigint,
           coalesce(pg_catalog.sum(p.paid), 0)::bigint,
           coalesce(pg_catalog.sum(p.refunded), 0)::bigint
    from private.period_buckets(p_from, p_to, p_bucket) bk
    cross join currencies c
    left join paid p on p.b = bk.bucket_start and p.cur = c.cur
    group by bk.bucket_start, c.cur
    order by bk.bucket_start, c.cur;
end;
$$;
