-- Document files: the private Storage bucket `documents` and the row-level security policies on
-- storage.objects that decide who may read or write a file (the storage service runs every request
-- as the caller, like Supabase Storage).
--
-- A document version's file lives at `<dossier_id>/<document_id>/<version_id>-<file name>`
-- (document_versions.storage_path holds that name). The first folder is the dossier, so access
-- follows the dossier rules of product.md §2: reviewers, managers and admins read every file, an
-- agent the files of dossiers with a step assigned to them, a customer the files of their own
-- dossiers. Customers upload into their own dossiers' documents; admins have full access; the
-- service role bypasses RLS. Files outside the `<uuid>/...` layout are reachable by admins and
-- the service role only.
--
-- storage.buckets / storage.objects come with the platform (stack/services/storage/schema.sql,
-- applied by the bootstrap before migrations, as on a Supabase project). Re-runnable.

set local lock_timeout = '10s';
set local statement_timeout = '1min';

-- A v1 project may already have a `documents` bucket (with v1's files): it is kept as it is, and
-- the ledger (20250601000050) says so, so that the rollback never touches it. A pre-existing
-- PUBLIC bucket stays public (its files are readable by anyone with the URL, whatever the
-- policies below say): the migration warns and records it; make it private in the dashboard or
-- with the Storage API (`updateBucket('documents', { public: false })`) once v1 no longer needs
-- public URLs (docs/database.md).
do $$
declare
  v_bucket record;
  v_exists boolean;
begin
  select b.public, b.file_size_limit, b.allowed_mime_types into v_bucket from storage.buckets b where b.id = 'documents';
  v_exists := found;
  perform migration_ledger.note('20250601000400', 'bucket', 'documents',
    case when v_exists then pg_catalog.jsonb_build_object(
      'public', v_bucket.public, 'file_size_limit', v_bucket.file_size_limit, 'allowed_mime_types', v_bucket.allowed_mime_types)
    end);
  if v_exists and v_bucket.public then
    raise warning 'Storage bucket "documents" already exists and is PUBLIC: its files stay readable by anyone with their URL. '
      'Kept as it is (recorded in migration_ledger.objects); make it private once v1 no longer needs public URLs (docs/database.md).';
  end if;
end
$$;

insert into storage.buckets (id, name, public, file_size_limit)
values ('documents', 'documents', false, 20971520)
on conflict (id) do nothing;

-- The dossier id of an object name (its first folder), NULL when it is not a uuid.
create or replace function private.storage_dossier_id(p_name text)
returns uuid
language sql immutable
set search_path = ''
as $$
  select case
    when pg_catalog.split_part(p_name, '/', 1)
         ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    then pg_catalog.split_part(p_name, '/', 1)::uuid
  end
$$;

-- May the caller read this object of the documents bucket? (dossier visibility of product.md §2)
create or replace function private.can_read_document_file(p_name text)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(
    private.has_role('ADMIN')
    or (
      private.storage_dossier_id(p_name) is not null
      and (
        private.can_see_dossier(private.storage_dossier_id(p_name))
        or private.storage_dossier_id(p_name) in (select private.readable_dossier_ids())
      )
    ),
    false)
$$;

-- May the caller (a customer) upload this object? `<own dossier>/<document of it>/<file>` only.
create or replace function private.can_upload_document_file(p_name text)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(
    private.is_customer()
    and pg_catalog.array_length(pg_catalog.string_to_array(p_name, '/'), 1) = 3
    and pg_catalog.split_part(p_name, '/', 3) <> ''
    and exists (
      select 1
      from public.documents doc
      join public.dossiers d on d.id = doc.dossier_id
      where d.id = private.storage_dossier_id(p_name)
        and doc.id::text = pg_catalog.lower(pg_catalog.split_part(p_name, '/', 2))
        and d.user_id = (select auth.uid())
    ),
    false)
$$;

revoke execute on function
  private.storage_dossier_id(text),
  private.can_read_document_file(text),
  private.can_upload_document_file(text)
from public, anon;
grant execute on function
  private.storage_dossier_id(text),
  private.can_read_document_file(text),
  private.can_upload_document_file(text)
to authenticated;

drop policy if exists "documents: read files of visible dossiers" on storage.objects;
create policy "documents: read files of visible dossiers" on storage.objects
  for select to authenticated
  using (bucket_id = 'documents' and private.can_read_document_file(name));

drop policy if exists "documents: customers upload to own dossiers, admins anywhere" on storage.objects;
create policy "documents: customers upload to own dossiers, admins anywhere" on storage.objects
  for insert to authenticated
  with check (
    bucket_id = 'documents'
    and ((select private.has_role('ADMIN')) or private.can_upload_document_file(name))
  );

drop policy if exists "documents: admins update files" on storage.objects;
create policy "documents: admins update files" on storage.objects
  for update to authenticated
  using (bucket_id = 'documents' and (select private.has_role('ADMIN')))
  with check (bucket_id = 'documents' and (select private.has_role('ADMIN')));

drop policy if exists "documents: admins delete files" on storage.objects;
create policy "documents: admins delete files" on storage.objects
  for delete to authenticated
  using (bucket_id = 'documents' and (select private.has_role('ADMIN')));
