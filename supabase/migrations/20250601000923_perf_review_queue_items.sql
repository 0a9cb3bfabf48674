-- squawk-ignore-file require-concurrent-index-creation
-- The review queue as a read model (issue #9): private.review_queue_items holds one row per
-- document waiting for a review (status PENDING, its latest version not reviewed yet) with that
-- version and its upload time, kept exact by triggers in the same transaction;
-- public.review_queue_age (the reviewers' and managers' dashboard) counts it.
--
-- Why (large data set, `npm run bench -- --quick`, 2026-12-02 08:07 UTC, load ~3):
-- review_queue_age took 57-78 ms p95 as reviewer, manager and admin: three index probes per
-- PENDING document (5,955: the document, its latest version, that version's review; 20250601000901)
-- on every call. Counting the stored queue reads a few thousand rows of one table.
--
-- Rows: the same definition as 20250601000901's query (private.review_queue_source, the one place
-- it is written). Kept by row triggers on documents (insert, status or dossier change), versions
-- (a new latest version, a deleted one) and reviews (written, moved, deleted); deletes of
-- documents cascade. Each change upserts or deletes the documents it touches from the source
-- (PL/pgSQL, one cached generic plan: docs/performance.md §2.4). Readable by reviewers, managers
-- and admins only (who may call review_queue_age; they read every document).
-- squawk's require-concurrent-index-creation is ignored: the table is new (created here, filled in
-- this transaction). Revert: supabase/rollbacks/ (same name). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000923', 'table', array['private.review_queue_items']);
select migration_ledger.note_all('20250601000923', 'index', array['private.idx_review_queue_items_uploaded_at']);

create table if not exists private.review_queue_items (
  document_id uuid primary key references public.documents (id) on delete cascade,
  dossier_id uuid not null,
  version_id uuid not null,
  uploaded_at timestamptz not null
);
comment on table private.review_queue_items is
  'Documents waiting for a review (PENDING, latest version not reviewed), with that version: kept by triggers.';

create index if not exists idx_review_queue_items_uploaded_at on private.review_queue_items (uploaded_at, document_id);

alter table private.review_queue_items enable row level security;
revoke all on private.review_queue_items from public, anon, authenticated;
grant select on private.review_queue_items to authenticated, service_role;

drop policy if exists review_queue_items_select on private.review_queue_items;
create policy review_queue_items_select on private.review_queue_items for select to authenticated
using ((select private.has_role('REVIEWER', 'MANAGER', 'ADMIN')));

-- What a row is (owner's rights; only the SECURITY DEFINER functions below read it).
create or replace view private.review_queue_source
as
select d.id as document_id, d.dossier_id, v.id as version_id, v.uploaded_at
from public.documents d
join lateral (
  select v1.id, v1.uploaded_at from public.document_versions v1
  where v1.document_id = d.id
  order by v1.version_number desc
  limit 1
) v on true
where d.status = 'PENDING'
  -- a scalar subquery (not NOT EXISTS) stays a per-row index probe (20250601000901)
  and (select r.id from public.document_reviews r where r.document_version_id = v.id limit 1) is null;

revoke all on private.review_queue_source from public, anon, authenticated;

-- The queue rows of these documents, as they are now (cached generic plan, as the board's).
create or replace function private.refresh_review_queue_items(p_document_ids uuid[])
returns void
language plpgsql
volatile
security definer
set search_path = ''
set plan_cache_mode = force_generic_plan
as $$
begin
  delete from private.review_queue_items q
  where q.document_id = any (p_document_ids)
    and not exists (select 1 from private.review_queue_source src
                    where src.document_id = q.document_id and src.version_id = q.version_id);
  insert into private.review_queue_items as q (document_id, dossier_id, version_id, uploaded_at)
  select src.document_id, src.dossier_id, src.version_id, src.uploaded_at
  from private.review_queue_source src
  where src.document_id = any (p_document_ids)
  on conflict (document_id) do update
    set dossier_id = excluded.dossier_id, version_id = excluded.version_id, uploaded_at = excluded.uploaded_at
    where (q.dossier_id, q.version_id, q.uploaded_at) is distinct from (excluded.dossier_id, excluded.version_id, excluded.uploaded_at);
end
$$;
comment on function private.refresh_review_queue_items(uuid[]) is
  'Brings the review queue rows of these documents up to date (upsert the waiting ones, delete the rest).';
revoke all on function private.refresh_review_queue_items(uuid[]) from public, anon, authenticated;

create or replace function private.rebuild_review_queue_items()
returns void
language sql
volatile
security definer
set search_path = ''
as $$
  delete from private.review_queue_items q
  where not exists (select 1 from private.review_queue_source src
                    where src.document_id = q.document_id and src.version_id = q.version_id);
  select private.refresh_review_queue_items(pg_catalog.array_agg(d.id))
  from public.documents d where d.status = 'PENDING';
$$;
comment on function private.rebuild_review_queue_items() is
  'Recomputes the whole review queue read model from documents, versions and reviews.';
revoke all on function private.rebuild_review_queue_items() from public, anon, authenticated;

-- One trigger function for the three tables: the documents a changed row belongs to, before and
-- after the change (a row moved to another document refreshes both).
create or replace function private.review_queue_after_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_ids uuid[];
begin
  if tg_table_name = 'documents' then
    v_ids := array[new.id];
  elsif tg_table_name = 'document_versions' then
    v_ids := array_remove(array[case when tg_op <> 'INSERT' then old.document_id end,
                                case when tg_op <> 'DELETE' then new.document_id end], null);
  else
    v_ids := array(
      select v.document_id from public.document_versions v
      where v.id = any (array[case when tg_op <> 'INSERT' then old.document_version_id end,
                              case when tg_op <> 'DELETE' then new.document_version_id end]));
  end if;
  perform private.refresh_review_queue_items(v_ids);
  return null;
end
$$;
revoke all on function private.review_queue_after_change() from public, anon, authenticated;

drop trigger if exists review_queue_after_document on public.documents;
create trigger review_queue_after_document after insert or update of status, dossier_id on public.documents
  for each row execute function private.review_queue_after_change();
drop trigger if exists review_queue_after_version on public.document_versions;
create trigger review_queue_after_version after insert or delete or update of document_id, version_number, uploaded_at
  on public.document_versions
  for each row execute function private.review_queue_after_change();
drop trigger if exists review_queue_after_review on public.document_reviews;
create trigger review_queue_after_review after insert or delete or update of document_version_id
  on public.document_reviews
  for each row execute function private.review_queue_after_change();

select private.rebuild_review_queue_items();

-- The dashboard: the same result as 20250601000901, from the stored queue.
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
    select pg_catalog.count(*), pg_catalog.min(q.uploaded_at),
           pg_catalog.round((pg_catalog.avg(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2),
           pg_catalog.round((pg_catalog.max(extract(epoch from pg_catalog.now() - q.uploaded_at)) / 3600)::numeric, 2)
    from private.review_queue_items q;
end;
$$;
