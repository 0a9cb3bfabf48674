-- Revert 20250601000300_payments_stripe_events: run after the later payments reverts (newest first).
drop schema if exists payments cascade;
