-- review_queue_age (the reviewers' and managers' dashboard) without hashing every review: the
-- PENDING documents (partial index idx_documents_pending_review), each one's latest version
-- (unique index (document_id, version_number)), and that version's review looked up by
-- idx_document_reviews_document_version_id. Before, the planner pulled the NOT EXISTS up into a
-- Hash Anti Join over all 274k reviews (large data set: 2.0-2.4 s at load average 24, spilling to
-- disk); the check is now a scalar subquery on the version's id (a review's id is never null), which
-- the planner keeps as one index probe per PENDING document (0.67 s at the same load).
-- Same result, same signature, same role check.
-- Revert: supabase/rollbacks/20250601000901_perf_review_queue_age.sql. Re-runnable.

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
