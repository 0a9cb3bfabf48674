-- Revert 20250601000050_v2_migration_ledger: the ledger goes last, once every later rollback has
-- used and forgotten its records. Refuses while records are left (a later migration is still
-- applied, or its rollback did not run): dropping them would lose what that rollback must keep.
do $$
declare
  v_left text;
begin
  if pg_catalog.to_regclass('migration_ledger.objects') is not null then
    select pg_catalog.string_agg(distinct o.migration, ', ') into v_left from migration_ledger.objects o;
    if v_left is not null then
      raise exception 'migration_ledger still holds records of migration(s) %: revert those first (newest first)', v_left;
    end if;
  end if;
end
$$;
drop schema if exists migration_ledger cascade;
