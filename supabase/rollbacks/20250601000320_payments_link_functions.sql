-- Revert 20250601000320_payments_link_functions.
drop function if exists public.prepare_order_refund(uuid);
drop function if exists public.cancel_payment_link(uuid);
drop function if exists public.create_payment_link(uuid, text, text, timestamptz);
drop function if exists private.prepare_order_refund(uuid);
drop function if exists private.cancel_payment_link(uuid);
drop function if exists private.create_payment_link(uuid, text, text, timestamptz);
