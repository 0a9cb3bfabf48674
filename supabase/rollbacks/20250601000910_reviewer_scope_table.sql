-- Revert 20250601000910_reviewer_scope_table: the rebuild function and (ledger, 20250601000050)
-- the table, when this migration created it. Derived data only: nothing is lost (it is recomputed
-- from documents and dossiers).
set local lock_timeout = '10s';

drop function if exists private.rebuild_review_customers();
do $$
begin
  if pg_catalog.to_regclass('private.review_customers') is not null then
    drop policy if exists review_customers_select on private.review_customers;
  end if;
end
$$;
select migration_ledger.revert('20250601000910');
