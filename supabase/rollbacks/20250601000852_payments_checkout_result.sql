-- Revert 20250601000852_payments_checkout_result: the two functions it created.
drop function if exists public.checkout_result(text);
drop function if exists private.checkout_result(text);
