-- Revert 20250601000923_perf_review_queue_items: review_queue_age probes the PENDING documents
-- again (as 20250601000901 wrote it); the queue read model, its triggers and functions are gone
-- (derived data only: nothing is lost).
set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function public.review_queue_age()
returns table (pending_versions bigint, oldest_uploaded_at timestamptz, avg_age_hours numeric, max_age_hours numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  perform private.require_role('REVIEWER', 'MANAGER', 'ADMIN');
  return query
    with q as (
      select v.uploaded_at
      from public.documents d
      join lateral (
        select v1.id, v1.uploaded_at from public.document_versions v1
        where v1.document_id = d.id
        order by v1.version_number desc
        limit 1
      ) v on true
      where d.status = 'PENDING'
        -- a scalar subquery (not NOT EXISTS) stays a per-row index probe: never an anti join
        and (select r.id from public.document_reviews r where r.document_version_id = v.id limit 1) is null
    )
    select pg_catalog.count(*), pg_catalog.min(q.uploaded_at),
           pg_catalog.round((pg_catalog.avg(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2),
           pg_catalog.round((pg_catalog.max(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2)
    from q;
end;
$$;

drop trigger if exists review_queue_after_document on public.documents;
drop trigger if exists review_queue_after_version on public.document_versions;
drop trigger if exists review_queue_after_review on public.document_reviews;
drop function if exists private.review_queue_after_change();
drop function if exists private.rebuild_review_queue_items();
drop function if exists private.refresh_review_queue_items(uuid[]);
drop view if exists private.review_queue_source;
drop policy if exists review_queue_items_select on private.review_queue_items;
select migration_ledger.revert('20250601000923');
