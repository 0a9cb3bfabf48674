-- Revert 20250601000400_storage_documents_bucket: the storage.objects policies and their helpers.
--
-- The `documents` bucket is never touched by SQL: Supabase Storage refuses SQL that deletes its
-- rows ("Direct deletion from storage tables is not allowed"), and a bucket v1 already had (with
-- v1's files) must stay anyway. When the ledger (20250601000050) says the migration created the
-- bucket, this prints a warning; remove it afterwards through the Storage API if v1 must not have
-- it (empty it, then delete it: docs/database.md, "Rollbacks"). A bucket left there is harmless
-- to v1: v1 never reads it, and it keeps the files uploaded on v2.
drop policy if exists "documents: admins delete files" on storage.objects;
drop policy if exists "documents: admins update files" on storage.objects;
drop policy if exists "documents: customers upload to own dossiers, admins anywhere" on storage.objects;
drop policy if exists "documents: read files of visible dossiers" on storage.objects;
drop function if exists private.can_upload_document_file(text);
drop function if exists private.can_read_document_file(text);
drop function if exists private.storage_dossier_id(text);
select migration_ledger.revert('20250601000400');
