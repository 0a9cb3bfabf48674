-- Revert 20250601000400_storage_documents_bucket: the storage.objects policies, their helpers and
-- the `documents` bucket. The bucket's object rows go with it (their files stay on disk / in the
-- storage backend: back them up first if they matter).
drop policy if exists "documents: admins delete files" on storage.objects;
drop policy if exists "documents: admins update files" on storage.objects;
drop policy if exists "documents: customers upload to own dossiers, admins anywhere" on storage.objects;
drop policy if exists "documents: read files of visible dossiers" on storage.objects;
drop function if exists private.can_upload_document_file(text);
drop function if exists private.can_read_document_file(text);
drop function if exists private.storage_dossier_id(text);
delete from storage.objects where bucket_id = 'documents';
delete from storage.buckets where id = 'documents';
