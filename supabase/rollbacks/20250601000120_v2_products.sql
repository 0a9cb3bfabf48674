-- Revert 20250601000120_v2_products (v2-only data: back up first).
drop table if exists public.product_steps;
drop table if exists public.products;
