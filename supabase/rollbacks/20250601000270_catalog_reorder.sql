-- Revert 20250601000270_catalog_reorder.
drop function if exists public.reorder_product_steps(uuid, uuid[]);
