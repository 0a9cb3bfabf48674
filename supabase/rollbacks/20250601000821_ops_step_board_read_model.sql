-- Revert 20250601000821_ops_step_board_read_model: no board views, assign_step_instance as
-- 20250601000240 created it (any active agent may be assigned).
drop view if exists public.step_workloads;
drop view if exists public.step_board;

create or replace function private.assign_step_instance(p_step_instance_id uuid, p_agent_id uuid)
returns public.step_instances
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_si public.step_instances;
begin
  if not private.has_role('MANAGER', 'ADMIN') then
    raise exception using errcode = '42501', message = 'only managers and admins can assign steps';
  end if;
  if p_agent_id is null then
    raise exception using errcode = '22023', message = 'agent_id is required';
  end if;
  select * into v_si from public.step_instances si where si.id = p_step_instance_id for update;
  if v_si.id is null then
    raise exception using errcode = 'P0002', message = 'no such step instance';
  end if;
  if v_si.status = 'COMPLETED' then
    raise exception using errcode = 'P0001', message = 'a completed step cannot be reassigned';
  end if;
  if not exists (select 1 from public.agents a where a.id = p_agent_id and a.active) then
    raise exception using errcode = '23514', message = 'a step can be assigned only to an active agent';
  end if;
  if v_si.assigned_to is distinct from p_agent_id then
    update public.step_instances si set assigned_to = p_agent_id where si.id = v_si.id returning * into v_si;
  end if;
  return v_si;
end;
$$;

drop view if exists public.assignable_agents;
drop function if exists private.assignable_agents();
