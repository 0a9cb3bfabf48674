-- Revert 20250601000872_types_agents_no_self_change: the guard trigger and the role-change
-- function go (the team function alone refuses self-changes again).
set local lock_timeout = '5s';
set local statement_timeout = '30s';

drop function if exists public.change_agent_role(uuid, public.agent_role);
drop function if exists private.change_agent_role(uuid, public.agent_role);
drop trigger if exists guard_agents_self_change on public.agents;
drop function if exists private.guard_agents_self_change();
