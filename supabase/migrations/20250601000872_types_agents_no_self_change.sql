-- Types, part 3: "an admin may not change their own role or deactivate themselves" (no lock-out),
-- enforced by the database instead of only by the team Edge Function.
-- * private.guard_agents_self_change, BEFORE UPDATE OF role, active on public.agents: whoever the
--   request's user is (auth.uid(), also inside SECURITY DEFINER functions), they may not change
--   their own row's role or active flag. Service-role and SQL sessions (no auth.uid()) pass.
-- * public.change_agent_role(p_agent_id, p_role): the team function changes roles through it,
--   as the calling admin, so the guard sees who asks. ADMIN only (42501), unknown agent 404.
-- Re-runnable.

set local lock_timeout = '5s';
set local statement_timeout = '30s';

create or replace function private.guard_agents_self_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.id = (select auth.uid())
     and (new.role is distinct from old.role or new.active is distinct from old.active) then
    raise exception using errcode = '42501',
      message = 'You cannot change your own role or deactivate yourself';
  end if;
  return new;
end;
$$;
comment on function private.guard_agents_self_change() is
  'Refuses a change of one''s own agents.role or agents.active (no admin lock-out).';

create or replace trigger guard_agents_self_change before update of role, active on public.agents
  for each row execute function private.guard_agents_self_change();

create or replace function private.change_agent_role(p_agent_id uuid, p_role public.agent_role)
returns public.agents
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_agent public.agents;
begin
  if not private.has_role('ADMIN') then
    raise exception using errcode = '42501', message = 'only an admin may change roles';
  end if;
  update public.agents a set role = p_role where a.id = p_agent_id returning a.* into v_agent;
  if not found then
    raise exception using errcode = 'P0002', message = 'no such agent';
  end if;
  return v_agent;
end;
$$;

create or replace function public.change_agent_role(p_agent_id uuid, p_role public.agent_role)
returns public.agents
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_agent public.agents;
begin
  select * into v_agent from private.change_agent_role(p_agent_id, p_role);
  return v_agent;
exception when no_data_found then
  perform private.raise_api_error(sqlstate, sqlerrm);
  return null;
end;
$$;
comment on function public.change_agent_role(uuid, public.agent_role) is
  'ADMIN: gives another agent a role (never oneself: private.guard_agents_self_change).';

revoke all on function private.guard_agents_self_change() from public, anon, authenticated;
revoke all on function private.change_agent_role(uuid, public.agent_role) from public, anon;
grant execute on function private.change_agent_role(uuid, public.agent_role) to authenticated;
revoke all on function public.change_agent_role(uuid, public.agent_role) from public, anon;
grant execute on function public.change_agent_role(uuid, public.agent_role) to authenticated;
