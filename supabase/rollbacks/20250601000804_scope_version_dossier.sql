-- Revert 20250601000804_scope_version_dossier: the versions / reviews policies of
-- 20250601000803 (through documents), the triggers, then (ledger) the two derived columns and
-- their indexes when this migration created them. Derived data: nothing is lost.
set local lock_timeout = '10s';

drop policy if exists document_versions_select on public.document_versions;
create policy document_versions_select on public.document_versions for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or document_id in (
    select doc.id from public.documents doc
    where doc.dossier_id in (select d.id from public.dossiers d where d.user_id = (select auth.uid())))
  or (
    (select private.has_role('AGENT'))
    and document_id in (
      select doc.id from private.agent_dossiers ad
      join public.documents doc on doc.dossier_id = ad.dossier_id
      where ad.agent_id = (select auth.uid()))
  )
);

drop policy if exists document_reviews_select on public.document_reviews;
create policy document_reviews_select on public.document_reviews for select to authenticated
using (
  (select private.has_role('REVIEWER', 'MANAGER', 'ADMIN'))
  or (
    (select private.has_role('AGENT'))
    and document_version_id in (
      select v.id from private.agent_dossiers ad
      join public.documents doc on doc.dossier_id = ad.dossier_id
      join public.document_versions v on v.document_id = doc.id
      where ad.agent_id = (select auth.uid()))
  )
);

drop trigger if exists set_version_dossier on public.document_versions;
drop trigger if exists set_review_dossier on public.document_reviews;
drop function if exists private.set_version_dossier();
drop function if exists private.set_review_dossier();
select migration_ledger.revert('20250601000804');
