-- Revert 20250601000160_v2_constraints: the NOT NULLs it set (columns that still exist), except
-- where v1 already had the column NOT NULL (ledger, 20250601000050).
do $$
declare
  c record;
begin
  for c in
    select * from (values
      ('agents', 'updated_at'),
      ('dossiers', 'product_id'),
      ('document_versions', 'uploaded_by_type'),
      ('document_versions', 'version_number'),
      ('messages', 'sender_type'),
      ('dossier_status_history', 'new_status'),
      ('dossier_status_history', 'changed_by_type'),
      ('document_types', 'updated_at')
    ) as t (table_name, column_name)
  loop
    if exists (
      select 1 from pg_catalog.pg_attribute
      where attrelid = pg_catalog.to_regclass('public.' || c.table_name)
        and attname = c.column_name and not attisdropped
    ) and not migration_ledger.was_not_null('public.' || c.table_name || '.' || c.column_name) then
      execute format('alter table public.%I alter column %I drop not null', c.table_name, c.column_name);
    end if;
  end loop;
end
$$;
