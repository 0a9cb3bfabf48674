-- Revert 20250601000300_payments_stripe_events: run after the later payments reverts (newest first).
-- Schema payments goes with everything in it when this migration created it (ledger,
-- 20250601000050); a payments schema v1 already had stays, losing only what this migration made.
do $$
begin
  if not migration_ledger.preexisted('20250601000300', 'schema', 'payments') then
    drop schema if exists payments cascade;
  else
    drop function if exists payments.order_status_rank(public.order_status);
  end if;
end
$$;
select migration_ledger.revert('20250601000300');
