-- Revert 20250601000100_v2_extensions_and_enums: drop the enum types v2 created.
-- NOT reverted (docs/database.md): the labels added to the v1 enums (PostgreSQL cannot drop an
-- enum label without rebuilding the type and every column using it; unused labels are harmless
-- to v1 code) and the pgcrypto extension (part of the Supabase platform, shared with others).
drop type if exists public.agent_role;
drop type if exists public.actor_type;
drop type if exists public.order_status;
drop type if exists public.user_status;
-- Ledger: schema extensions and pgcrypto stay either way (see above); forget the records.
select migration_ledger.revert('20250601000100');
