-- Revert 20250601000130_v2_payment_tables (their rows are v2-only data and are lost: back up first).
drop table if exists public.payment_reminders;
drop table if exists public.orders;
drop table if exists public.payment_links;
drop function if exists public.generate_payment_link_token();
