-- Revert 20250601000250_checkout_link_lookup.
drop function if exists public.get_payment_link(text);
drop function if exists private.get_payment_link(text);
