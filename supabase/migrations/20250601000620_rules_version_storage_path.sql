-- A document version's file is its own (issue 10, item 5): storage_path must be
-- `<dossier_id>/<document_id>/<version_id>-<file name>`, the layout of the documents bucket
-- (20250601000400), with the version's own document and that document's dossier. A customer can
-- no longer register a version whose path points at another dossier's (or document's, or
-- version's) file, which the bucket policies would then serve to everyone who sees this one.
--
-- SECURITY INVOKER like the guards of 20250601000230: it acts when the statement runs as
-- `authenticated` (the caller reads the document under their own row-level security).
-- Checked for API callers (role authenticated) on insert and on any change of the path or the
-- document. The service role, jobs and migrations keep v1's free-form paths (existing rows are
-- not rechecked: v1 data predates the layout, and only admins and the service role reach files
-- outside it).
-- Re-runnable. Revert: supabase/rollbacks/ (same name).

set local lock_timeout = '10s';
set local statement_timeout = '1min';

create or replace function private.check_version_storage_path()
returns trigger
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_dossier_id uuid;
  v_prefix text;
begin
  if current_user <> 'authenticated' then
    return new;
  end if;
  select d.dossier_id into v_dossier_id from public.documents d where d.id = new.document_id;
  v_prefix := pg_catalog.format('%s/%s/%s-', v_dossier_id, new.document_id, new.id);
  if v_dossier_id is null
     or new.storage_path is null
     or pg_catalog.left(new.storage_path, pg_catalog.length(v_prefix)) <> v_prefix
     or pg_catalog.length(new.storage_path) = pg_catalog.length(v_prefix)
     or pg_catalog.strpos(pg_catalog.substr(new.storage_path, pg_catalog.length(v_prefix) + 1), '/') > 0 then
    raise exception using errcode = '23514',
      message = 'storage_path must be <dossier_id>/<document_id>/<version_id>-<file name> of this version',
      hint = pg_catalog.format('expected %s<file name>', v_prefix);
  end if;
  return new;
end;
$$;
comment on function private.check_version_storage_path() is
  'API inserts/updates of document_versions: storage_path is <dossier>/<document>/<version>-<file> of the row itself.';
revoke all on function private.check_version_storage_path() from public, anon;
grant execute on function private.check_version_storage_path() to authenticated;

create or replace trigger check_version_storage_path
  before insert or update of storage_path, document_id on public.document_versions
  for each row execute function private.check_version_storage_path();
