-- squawk-ignore-file require-concurrent-index-creation
-- Stored access scope, part 5: document_versions and document_reviews carry their dossier
-- (`dossier_id`, derived on insert from the document / the version, never trusted from the
-- writer), so that their agent policies are the same plain predicate as the other tables'
-- (`dossier_id in (the scope's dossiers)`) instead of a join through documents, whose own policy
-- then runs for every document (measured at the large scale: 318 ms per page of versions as the
-- demo agent with the join, docs/performance.md §2).
--
-- A document never changes dossier and a version never changes document (no API grant, no
-- function does it); the triggers also recompute on such an update, to stay exact.
-- Backfill set-based (one UPDATE per table, only rows still NULL: re-runnable). On a large
-- production database add the columns beforehand (`alter table ... add column if not exists
-- dossier_id uuid`, instant), fill them in batches with the same joins and create the indexes
-- concurrently (same names): this file then only fills what was written since.

set local lock_timeout = '10s';
set local statement_timeout = '30min';

select migration_ledger.note_all('20250601000804', 'column', array[
  'public.document_versions.dossier_id', 'public.document_reviews.dossier_id']);
select migration_ledger.note_all('20250601000804', 'index', array[
  'public.idx_document_versions_dossier_id', 'public.idx_document_reviews_dossier_id']);

alter table public.document_versions add column if not exists dossier_id uuid;
alter table public.document_reviews add column if not exists dossier_id uuid;

comment on column public.document_versions.dossier_id is
  'Dossier of the version''s document (set by a trigger). Row-level security scope.';
comment on column public.document_reviews.dossier_id is
  'Dossier of the reviewed version (set by a trigger). Row-level security scope.';

create or replace function private.set_version_dossier()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.dossier_id := (select doc.dossier_id from public.documents doc where doc.id = new.document_id);
  return new;
end
$$;

create or replace function private.set_review_dossier()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.dossier_id := (select v.dossier_id from public.document_versions v where v.id = new.document_version_id);
  return new;
end
$$;

revoke execute on function private.set_version_dossier(), private.set_review_dossier() from public, anon, authenticated;

create or replace trigger set_version_dossier before insert or update of document_id, dossier_id on public.document_versions
for each row execute function private.set_version_dossier();
create or replace trigger set_review_dossier before insert or update of document_version_id, dossier_id on public.document_reviews
for each row execute function private.set_review_dossier();

-- Backfill (the BEFORE triggers recompute the same value for these rows).
update public.document_versions v
set dossier_id = doc.dossier_id
from public.documents doc
where doc.id = v.document_id and v.dossier_id is null;

update public.document_reviews r
set dossier_id = v.dossier_id
from public.document_versions v
where v.id = r.document_version_id and r.dossier_id is null;

create index if not exists idx_document_versions_dossier_id on public.document_versions (dossier_id);
create index if not exists idx_document_reviews_dossier_id on public.document_reviews (dossier_id);

analyze public.document_versions;
analyze public.document_reviews;

-- The policies: the scope's dossiers, as for step_instances / documents / messages.
drop policy if exists document_versions_select on public.document_versions;
create policy document_versions_select on public.document_versions for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or dossier_id in (select d.id from public.dossiers d where d.user_id = (select auth.uid()))
  or (
    (select private.has_role('AGENT'))
    and dossier_id in (select ad.dossier_id from private.agent_dossiers ad where ad.agent_id = (select auth.uid()))
  )
);

drop policy if exists document_reviews_select on public.document_reviews;
create policy document_reviews_select on public.document_reviews for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and dossier_id in (select ad.dossier_id from private.agent_dossiers ad where ad.agent_id = (select auth.uid()))
  )
);
