-- Revert 20250601000120_v2_products (v2-only data: back up first): the tables it created (ledger,
-- 20250601000050), product_steps first. Tables of these names that v1 already had stay.
select migration_ledger.revert('20250601000120');
