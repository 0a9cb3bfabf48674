-- The reviews of a dossier for its timeline (issue 9 item 2), without the deep embed
-- `document_reviews?document_versions.documents.dossier_id=eq.X`: PostgREST's LIMIT inside the
-- embedded subqueries stops the planner from flattening them, and it walked every review.
--
-- public.dossier_reviews is a SECURITY INVOKER view (the caller's row-level security applies to
-- each of the four tables) joining review -> version -> document -> document type, so that
-- `dossier_reviews?dossier_id=eq.X&order=created_at.asc` starts from the documents of that
-- dossier (idx_documents_dossier_id) and reaches their versions and reviews by their indexes
-- (document_versions.document_id, idx_document_reviews_document_version_id).
--
-- Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace view public.dossier_reviews
with (security_invoker = true)
as
select r.id, r.created_at, r.decision, r.notes, r.reviewer_id, r.document_version_id,
       d.dossier_id, d.id as document_id, v.version_number, v.file_name,
       t.label as document_type_label
from public.document_reviews r
join public.document_versions v on v.id = r.document_version_id
join public.documents d on d.id = v.document_id
left join public.document_types t on t.id = d.document_type_id;

comment on view public.dossier_reviews is
  'Document reviews with their dossier, version and document type (timeline); caller''s RLS applies.';
revoke all on public.dossier_reviews from public, anon, authenticated;
grant select on public.dossier_reviews to authenticated, service_role;
