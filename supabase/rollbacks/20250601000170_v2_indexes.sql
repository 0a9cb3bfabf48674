-- Revert 20250601000170_v2_indexes: every index it created (ledger, 20250601000050); an index
-- of the same name that v1 already had stays.
select migration_ledger.revert('20250601000170');
