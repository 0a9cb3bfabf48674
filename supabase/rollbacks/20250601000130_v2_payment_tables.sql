-- Revert 20250601000130_v2_payment_tables (their rows are v2-only data and are lost: back up first).
-- The tables it created (ledger, 20250601000050), newest first; tables v1 already had stay.
select migration_ledger.revert('20250601000130');
drop function if exists public.generate_payment_link_token();
