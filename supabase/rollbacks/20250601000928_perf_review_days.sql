-- Revert 20250601000928_perf_review_days: review_throughput counts the reviews again (as
-- 20250601000260 wrote it); the rollup, its trigger and functions are gone (derived data only:
-- nothing is lost).
set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.review_throughput(p_from timestamptz, p_to timestamptz, p_bucket text default 'day')
returns table (bucket_start timestamptz, approved bigint, rejected bigint)
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
    with r as (
      select pg_catalog.date_trunc(p_bucket, dr.created_at at time zone 'UTC') at time zone 'UTC' as b, dr.decision
      from public.document_reviews dr
      where dr.created_at >= p_from and dr.created_at < p_to
    )
    select bk.bucket_start,
           pg_catalog.count(r.b) filter (where r.decision = 'APPROVED'),
           pg_catalog.count(r.b) filter (where r.decision = 'REJECTED')
    from private.period_buckets(p_from, p_to, p_bucket) bk
    left join r on r.b = bk.bucket_start
    group by bk.bucket_start
    order by bk.bucket_start;
end;
$$;

drop trigger if exists review_days_after_change on public.document_reviews;
drop function if exists private.review_days_after_change();
drop function if exists private.rebuild_review_days();
drop function if exists private.refresh_review_day(date);
drop policy if exists review_days_select on private.review_days;
select migration_ledger.revert('20250601000928');
