-- Revert 20250601000140_v2_existing_table_columns: drop the v2 columns this migration created
-- (and their data), undo the two renames and give dossier_status_history.status its NOT NULL
-- back (rows written by v2 have it filled by the sync trigger; any left empty take new_status
-- first). Columns v1 already had (e.g. profiles.email) stay with their values: the ledger
-- (20250601000050) says which ones the migration created.
do $$
begin
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.dossier_status_history'::regclass and attname = 'new_status' and not attisdropped
  ) then
    update public.dossier_status_history set status = new_status where status is null;
  end if;
end
$$;

select migration_ledger.revert('20250601000140');

do $$
begin
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.document_versions'::regclass and attname = 'uploaded_by_id' and not attisdropped
  ) then
    alter table public.document_versions rename column uploaded_by_id to uploaded_by;
  end if;
  if exists (
    select 1 from pg_catalog.pg_attribute
    where attrelid = 'public.dossier_status_history'::regclass and attname = 'changed_by_id' and not attisdropped
  ) then
    alter table public.dossier_status_history rename column changed_by_id to changed_by;
  end if;
end
$$;
alter table public.dossier_status_history alter column status set not null;
