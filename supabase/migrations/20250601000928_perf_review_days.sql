-- review_throughput (the managers' dashboard) from a daily rollup (issue #9): one row per UTC day
-- with the reviews written that day, APPROVED and REJECTED, kept exact by a row trigger on
-- document_reviews in the same transaction.
--
-- Why (`npm run bench`, 2026-12-02 14:58 UTC, quiet machine): review_throughput over the last year
-- counted every review of the year (p95 35 ms large, 13.5 ms medium: 2.6x from medium to large, as
-- the data). The rollup has one row per day. A period's whole UTC days come from the rollup, its
-- partial first and last day from the reviews (idx_document_reviews_created_at: two short ranges);
-- every bucket (day, week, month, in UTC) is a union of whole days, so any [from, to) and bucket
-- give the same numbers as before (supabase/tests/review-days.test.ts).
--
-- Readable by managers and admins only (who may call review_throughput; they read every review).
-- Each change recomputes the days it touches from document_reviews under a transaction-scoped
-- advisory lock. The table is new and small. Revert: supabase/rollbacks/ (same name). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000928', 'table', array['private.review_days']);

create table if not exists private.review_days (
  day date primary key,
  approved bigint not null,
  rejected bigint not null,
  constraint review_days_counted check (approved >= 0 and rejected >= 0)
);

comment on table private.review_days is
  'Per UTC day: document reviews written, APPROVED and REJECTED. Kept by a trigger on document_reviews.';

alter table private.review_days enable row level security;
revoke all on private.review_days from public, anon, authenticated;
grant select on private.review_days to authenticated, service_role;

drop policy if exists review_days_select on private.review_days;
create policy review_days_select on private.review_days for select to authenticated
using ((select private.has_role('MANAGER', 'ADMIN')));

-- One day from document_reviews.
create or replace function private.refresh_review_day(p_day date)
returns void
language plpgsql
volatile
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
declare
  v_reviews bigint;
  v_approved bigint;
  v_rejected bigint;
begin
  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('review_day:' || p_day, 0));
  select pg_catalog.count(*),
         pg_catalog.count(*) filter (where dr.decision = 'APPROVED'),
         pg_catalog.count(*) filter (where dr.decision = 'REJECTED')
    into v_reviews, v_approved, v_rejected
  from public.document_reviews dr
  where dr.created_at >= (p_day::timestamp at time zone 'UTC')
    and dr.created_at < ((p_day + 1)::timestamp at time zone 'UTC');
  if v_reviews = 0 then
    delete from private.review_days r where r.day = p_day;
  else
    insert into private.review_days as r (day, approved, rejected)
    values (p_day, v_approved, v_rejected)
    on conflict (day) do update
      set approved = excluded.approved, rejected = excluded.rejected
      where (r.approved, r.rejected) is distinct from (excluded.approved, excluded.rejected);
  end if;
end
$$;
revoke all on function private.refresh_review_day(date) from public, anon, authenticated;

create or replace function private.rebuild_review_days()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.review_days r
  where not exists (select 1 from public.document_reviews dr
                    where dr.created_at >= (r.day::timestamp at time zone 'UTC')
                      and dr.created_at < ((r.day + 1)::timestamp at time zone 'UTC'));
  insert into private.review_days as r (day, approved, rejected)
  select (dr.created_at at time zone 'UTC')::date,
         pg_catalog.count(*) filter (where dr.decision = 'APPROVED'),
         pg_catalog.count(*) filter (where dr.decision = 'REJECTED')
  from public.document_reviews dr
  group by 1
  on conflict (day) do update
    set approved = excluded.approved, rejected = excluded.rejected
    where (r.approved, r.rejected) is distinct from (excluded.approved, excluded.rejected);
$$;
comment on function private.rebuild_review_days() is
  'Recomputes the whole review rollup from document_reviews.';
revoke all on function private.rebuild_review_days() from public, anon, authenticated;

-- The days a changed review leaves and enters.
create or replace function private.review_days_after_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op <> 'INSERT' then
    perform private.refresh_review_day((old.created_at at time zone 'UTC')::date);
  end if;
  if tg_op <> 'DELETE'
     and (tg_op = 'INSERT' or (old.created_at, old.decision) is distinct from (new.created_at, new.decision)) then
    perform private.refresh_review_day((new.created_at at time zone 'UTC')::date);
  end if;
  return null;
end
$$;
revoke all on function private.review_days_after_change() from public, anon, authenticated;

drop trigger if exists review_days_after_change on public.document_reviews;
create trigger review_days_after_change after insert or delete or update of created_at, decision
  on public.document_reviews
  for each row execute function private.review_days_after_change();

select private.rebuild_review_days();

-- Same signature, result, checks and security as 20250601000260.
create or replace function public.review_throughput(p_from timestamptz, p_to timestamptz, p_bucket text default 'day')
returns table (bucket_start timestamptz, approved bigint, rejected bigint)
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
    with r as (
      -- whole days from the rollup: a day lies in one bucket (buckets are unions of UTC days)
      select pg_catalog.date_trunc(p_bucket, d.day::timestamp) at time zone 'UTC' as b, d.approved as ok, d.rejected as ko
      from private.review_days d
      where d.day >= (v_first at time zone 'UTC')::date and d.day < (v_end at time zone 'UTC')::date
      union all
      -- the partial first and last day from the reviews
      select pg_catalog.date_trunc(p_bucket, dr.created_at at time zone 'UTC') at time zone 'UTC',
             (dr.decision = 'APPROVED')::int, (dr.decision = 'REJECTED')::int
      from public.document_reviews dr
      where (dr.created_at >= p_from and dr.created_at < v_first) or (dr.created_at >= v_end and dr.created_at < p_to)
    )
    select bk.bucket_start, coalesce(pg_catalog.sum(r.ok), 0)::bigint, coalesce(pg_catalog.sum(r.ko), 0)::bigint
    from private.period_buckets(p_from, p_to, p_bucket) bk
    left join r on r.b = bk.bucket_start
    group by bk.bucket_start
    order by bk.bucket_start;
end;
$$;
