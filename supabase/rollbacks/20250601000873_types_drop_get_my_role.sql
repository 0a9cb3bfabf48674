-- Revert 20250601000873_types_drop_get_my_role: get_my_role() as 20250601000240 defined it.
set local lock_timeout = '5s';
set local statement_timeout = '30s';

create or replace function public.get_my_role()
returns public.agent_role
language sql
stable
security invoker
set search_path = ''
as $$
  select private.current_agent_role()
$$;
comment on function public.get_my_role() is
  'The caller''s agent role (AGENT, REVIEWER, MANAGER, ADMIN), NULL when not an active agent.';
revoke all on function public.get_my_role() from public, anon;
grant execute on function public.get_my_role() to authenticated, service_role;
