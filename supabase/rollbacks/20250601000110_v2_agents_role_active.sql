-- Revert 20250601000110_v2_agents_role_active (full_name is a v1 column and stays).
alter table public.agents drop constraint if exists agents_updated_at_not_null;
-- Only the columns the migration created (ledger, 20250601000050): a v1 agents.email stays, with
-- its v1 values (the NULLs the backfill filled are NULL again).
select migration_ledger.revert('20250601000110');
