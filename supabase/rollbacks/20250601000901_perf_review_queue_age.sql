-- Revert 20250601000901_perf_review_queue_age: the body of 20250601000260 again.
set local lock_timeout = '10s';

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
        and not exists (select 1 from public.document_reviews r where r.document_version_id = v.id)
    )
    select pg_catalog.count(*), pg_catalog.min(q.uploaded_at),
           pg_catalog.round((pg_catalog.avg(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2),
           pg_catalog.round((pg_catalog.max(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2)
    from q;
end;
$$;
