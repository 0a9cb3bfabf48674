-- Revert 20250601000220_security_grants: every table, sequence, column and function grant of
-- schema public exactly as the migration found it (recorded in the ledger, 20250601000050):
-- the table grants of v1 come back and the column grants the migration added go (a table-level
-- GRANT alone would leave them).
select migration_ledger.restore_acls('20250601000220');
select migration_ledger.revert('20250601000220');
