-- orders_by_status (the managers' dashboard) from a daily rollup (issue #9): one row per UTC day
-- of creation and order status with the orders' count and amount, kept exact by a row trigger on
-- orders in the same transaction.
--
-- Why (`npm run bench`, 2026-12-02 15:26 UTC, quiet machine): orders_by_status over the last year
-- read every order created in it (p95 16-19 ms at the large scale, median 2.1x the medium scale's).
-- The rollup has a few rows per day. A period's whole UTC days come from the rollup, its partial
-- first and last day from the orders (idx_orders_created_at: two short ranges), so any [from, to)
-- gives the same numbers as before (supabase/tests/order-status-days.test.ts).
--
-- Readable by managers and admins only (who may call orders_by_status; they read every order).
-- Each change recomputes the (day, status) pairs it touches from orders under a transaction-scoped
-- advisory lock. The table is new and small. Revert: supabase/rollbacks/ (same name). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000930', 'table', array['private.order_status_days']);

create table if not exists private.order_status_days (
  day date not null,
  status public.order_status not null,
  orders_count bigint not null,
  amount bigint not null,
  primary key (day, status),
  constraint order_status_days_counted check (orders_count > 0)
);

comment on table private.order_status_days is
  'Per UTC day of creation and status: orders and their amount. Kept by a trigger on orders.';

alter table private.order_status_days enable row level security;
revoke all on private.order_status_days from public, anon, authenticated;
grant select on private.order_status_days to authenticated, service_role;

drop policy if exists order_status_days_select on private.order_status_days;
create policy order_status_days_select on private.order_status_days for select to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')));

-- One (day, status) pair from orders.
create or replace function private.refresh_order_status_day(p_day date, p_status public.order_status)
returns void
language plpgsql
volatile
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
declare
  v_count bigint;
  v_amount bigint;
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('order_status_day:' || p_day || p_status, 0));
  select pg_catalog.count(*), coalesce(pg_catalog.sum(o.amount), 0)
    into v_count, v_amount
  from public.orders o
  where o.created_at >= (p_day::timestamp at time zone 'UTC')
    and o.created_at < ((p_day + 1)::timestamp at time zone 'UTC')
    and o.status = p_status;
  if v_count = 0 then
    delete from private.order_status_days r where r.day = p_day and r.status = p_status;
  else
    insert into private.order_status_days as r (day, status, orders_count, amount)
    values (p_day, p_status, v_count, v_amount)
    on conflict (day, status) do update
      set orders_count = excluded.orders_count, amount = excluded.amount
      where (r.orders_count, r.amount) is distinct from (excluded.orders_count, excluded.amount);
  end if;
end
$$;
revoke all on function private.refresh_order_status_day(date, public.order_status) from public, anon, authenticated;

create or replace function private.rebuild_order_status_days()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.order_status_days r
  where not exists (select 1 from public.orders o
                    where o.created_at >= (r.day::timestamp at time zone 'UTC')
                      and o.created_at < ((r.day + 1)::timestamp at time zone 'UTC')
                      and o.status = r.status);
  insert into private.order_status_days as r (day, status, orders_count, amount)
  select (o.created_at at time zone 'UTC')::date, o.status, pg_catalog.count(*), coalesce(pg_catalog.sum(o.amount), 0)
  from public.orders o
  group by 1, 2
  on conflict (day, status) do update
    set orders_count = excluded.orders_count, amount = excluded.amount
    where (r.orders_count, r.amount) is distinct from (excluded.orders_count, excluded.amount);
$$;
comment on function private.rebuild_order_status_days() is
  'Recomputes the whole order status rollup from orders.';
revoke all on function private.rebuild_order_status_days() from public, anon, authenticated;

-- The pairs a changed order leaves and enters.
create or replace function private.order_status_days_after_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op <> 'INSERT' then
    perform private.refresh_order_status_day((old.created_at at time zone 'UTC')::date, old.status);
  end if;
  if tg_op <> 'DELETE'
     and (tg_op = 'INSERT' or (old.created_at, old.status, old.amount) is distinct from (new.created_at, new.status, new.amount)) then
    perform private.refresh_order_status_day((new.created_at at time zone 'UTC')::date, new.status);
  end if;
  return null;
end
$$;
revoke all on function private.order_status_days_after_change() from public, anon, authenticated;

drop trigger if exists order_status_days_after_change on public.orders;
create trigger order_status_days_after_change after insert or delete or update of created_at, status, amount
  on public.orders
  for each row execute function private.order_status_days_after_change();

select private.rebuild_order_status_days();

-- Same signature, result, checks and security as 20250601000260.
create or replace function public.orders_by_status(p_from timestamptz, p_to timestamptz)
returns table (status public.order_status, orders_count bigint, amount bigint)
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
  select w.first_day, w.end_day into v_first, v_end from private.period_whole_days(p_from, p_to) w;
  return query
    with parts as (
      select r.status as st, r.orders_count as n, r.amount as total
      from private.order_status_days r
      where r.day >= (v_first at time zone 'UTC')::date and r.day < (v_end at time zone 'UTC')::date
      union all
      select o.status, 1, o.amount
      from public.orders o
      where (o.created_at >= p_from and o.created_at < v_first) or (o.created_at >= v_end and o.created_at < p_to)
    )
    select s.s, coalesce(pg_catalog.sum(p.n), 0)::bigint, coalesce(pg_catalog.sum(p.total), 0)::bigint
    from pg_catalog.unnest(pg_catalog.enum_range(null::public.order_status)) s(s)
    left join parts p on p.st = s.s
    group by s.s
    order by s.s;
end;
$$;
