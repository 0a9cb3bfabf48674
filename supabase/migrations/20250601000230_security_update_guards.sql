-- Agent-scoped security, part 4: which role may change which column.
--
-- Column grants (20250601000220) are per database role, and every API user is `authenticated`;
-- these BEFORE UPDATE triggers add the per-agent-role rules the grants cannot express. They are
-- SECURITY INVOKER on purpose: they act only when the statement runs as `authenticated` (a direct
-- API request), not inside the SECURITY DEFINER business functions (which check roles
-- themselves) nor for the service role and jobs.

set local lock_timeout = '10s';
set local statement_timeout = '15min';

-- Columns whose value differs between old and new (updated_at excluded).
create or replace function private.changed_columns(p_old jsonb, p_new jsonb)
returns text[]
language sql immutable
set search_path = ''
as $$
  select coalesce(pg_catalog.array_agg(n.key order by n.key), '{}')
  from pg_catalog.jsonb_each(p_new) n
  where n.key <> 'updated_at' and n.value is distinct from (p_old -> n.key)
$$;

-- Generic guard: TG_ARGV[0] = the column list a non-ADMIN may change (comma-separated);
-- ADMIN may change every granted column.
create or replace function private.guard_non_admin_columns()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_allowed text[] := pg_catalog.string_to_array(tg_argv[0], ',');
  v_changed text[];
  v_forbidden text[];
begin
  if current_user <> 'authenticated' or private.has_role('ADMIN') then
    return new;
  end if;
  v_changed := private.changed_columns(pg_catalog.to_jsonb(old), pg_catalog.to_jsonb(new));
  select coalesce(pg_catalog.array_agg(c), '{}') into v_forbidden
  from pg_catalog.unnest(v_changed) c where not (c = any (v_allowed));
  if pg_catalog.cardinality(v_forbidden) > 0 then
    raise exception using errcode = '42501',
      message = pg_catalog.format('only an admin may change %s of %s', pg_catalog.array_to_string(v_forbidden, ', '), tg_table_name);
  end if;
  return new;
end;
$$;

-- dossiers: a MANAGER changes the status only.
create or replace trigger guard_dossiers_columns before update on public.dossiers
  for each row execute function private.guard_non_admin_columns('status');

-- step_instances: a MANAGER assigns / reassigns only.
create or replace trigger guard_step_instances_columns before update on public.step_instances
  for each row execute function private.guard_non_admin_columns('assigned_to');

-- orders: a MANAGER cancels an unpaid order only (the policy allows status CANCELLED).
create or replace function private.guard_order_cancel()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user <> 'authenticated' or private.has_role('ADMIN') then
    return new;
  end if;
  if new.status is distinct from old.status and old.status not in ('PENDING', 'FAILED') then
    raise exception using errcode = '23514',
      message = pg_catalog.format('a %s order cannot be cancelled (refund a paid order instead)', old.status);
  end if;
  return new;
end;
$$;
create or replace trigger guard_orders_columns before update on public.orders
  for each row execute function private.guard_non_admin_columns('status');
create or replace trigger guard_orders_cancel before update of status on public.orders
  for each row execute function private.guard_order_cancel();

-- profiles: a customer changes their name and phone, never their status; an ADMIN changes a
-- customer's status (and only that).
create or replace function private.guard_profile_columns()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  v_changed text[];
begin
  if current_user <> 'authenticated' then
    return new;
  end if;
  v_changed := private.changed_columns(pg_catalog.to_jsonb(old), pg_catalog.to_jsonb(new));
  if private.has_role('ADMIN') and old.id is distinct from auth.uid() then
    if v_changed <@ array['status'] then
      return new;
    end if;
    raise exception using errcode = '42501', message = 'an admin may change only the status of a customer profile';
  end if;
  if 'status' = any (v_changed) then
    raise exception using errcode = '42501', message = 'only an admin may change a profile''s status';
  end if;
  return new;
end;
$$;
create or replace trigger guard_profiles_columns before update on public.profiles
  for each row execute function private.guard_profile_columns();

-- step_instances: an assignee must be an active agent, whoever assigns (API callers).
create or replace function private.check_step_assignee()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.assigned_to is not null
     and (tg_op = 'INSERT' or new.assigned_to is distinct from old.assigned_to)
     and not exists (select 1 from public.agents a where a.id = new.assigned_to and a.active) then
    raise exception using errcode = '23514', message = 'a step can be assigned only to an active agent';
  end if;
  return new;
end;
$$;
create or replace trigger check_step_assignee before insert or update of assigned_to on public.step_instances
  for each row execute function private.check_step_assignee();

-- STEP_ASSIGNED event whenever the assignee changes (direct update or assign_step_instance).
create or replace function private.create_step_assigned_event()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.events (entity_type, entity_id, event_type, payload)
  values ('step_instance', new.id, 'STEP_ASSIGNED',
          pg_catalog.jsonb_build_object('dossier_id', new.dossier_id, 'step_instance_id', new.id,
            'step_id', new.step_id, 'assigned_to', new.assigned_to, 'previous_assignee', old.assigned_to));
  return new;
end;
$$;
create or replace trigger step_instance_assigned after update of assigned_to on public.step_instances
  for each row when (old.assigned_to is distinct from new.assigned_to)
  execute function private.create_step_assigned_event();

revoke all on function private.changed_columns(jsonb, jsonb) from public;
revoke all on function private.guard_non_admin_columns() from public;
revoke all on function private.guard_order_cancel() from public;
revoke all on function private.guard_profile_columns() from public;
revoke all on function private.check_step_assignee() from public;
revoke all on function private.create_step_assigned_event() from public;
-- The invoker guards call changed_columns as the API caller.
grant execute on function private.changed_columns(jsonb, jsonb) to authenticated;
