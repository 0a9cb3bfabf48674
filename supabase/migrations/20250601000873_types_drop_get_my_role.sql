-- Types, part 4: dead code. public.get_my_role() (20250601000240) has no caller: the SPA reads
-- the role from the agents row (src/providers/currentAgent.ts), the policies and functions call
-- private.current_agent_role() directly. Re-runnable (if exists).

set local lock_timeout = '5s';
set local statement_timeout = '30s';

drop function if exists public.get_my_role();
