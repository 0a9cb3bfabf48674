-- Platform part 5: what supautils lets the hosted `postgres` role do beyond its plain privileges,
-- emulated with explicit grants (vanilla PostgreSQL has no supautils) and narrowed by a guard.
-- Mirrors supabase/postgres at 7db7e1a9, ansible/files/postgresql_config/supautils.conf.j2:
--   supautils.policy_grants = {"postgres": ["auth.users", "auth.identities", "auth.sessions",
--     "auth.refresh_tokens", "auth.audit_log_entries", "storage.buckets", "storage.objects",
--     "storage.migrations", ...]}  -> postgres may CREATE/ALTER/DROP POLICY on those tables
--   supautils.privileged_role_allowed_configs = '... session_replication_role ...'
--   supautils.privileged_extensions -> postgres may create listed extensions (pgcrypto, uuid-ossp,
--     pg_trgm, btree_gist, citext ... are trusted in PostgreSQL 17: no emulation needed; pg_cron,
--     pg_net and supabase_vault are not shipped with the embedded PostgreSQL)
-- Run as supabase_admin.

-- policy_grants. A policy can only be created by the table's owner (or a member of the owner
-- role), so postgres becomes a member of the two admin roles WITHOUT the right to SET ROLE to
-- them (it can never act as GoTrue or Storage) and the guard below refuses every other
-- owner-only command (ALTER TABLE, CREATE INDEX, DROP TABLE, ...) it would run on their objects.
-- (Same net effect as supautils; supabase/postgres 20220609081115 made postgres a plain member,
-- the 2025 hosted platform no longer does, which is why migrations see "must be owner of table
-- objects" there for anything but policies.)
grant supabase_auth_admin to postgres with inherit true, set false;
grant supabase_storage_admin to postgres with inherit true, set false;

-- privileged_role_allowed_configs: session_replication_role (the demo data generator uses it to
-- insert without firing triggers, as `supabase db dump` data files do).
grant set on parameter session_replication_role to postgres;

-- The guard: DDL by postgres on auth or storage objects is limited to what supautils allows
-- (policies; triggers, which postgres may create through its TRIGGER privilege; comments).
create or replace function extensions.supautils_emulation_guard() returns event_trigger
language plpgsql
as $$
declare
  command record;
begin
  if current_user <> 'postgres' then
    return;
  end if;
  for command in select * from pg_catalog.pg_event_trigger_ddl_commands() loop
    if command.schema_name in ('auth', 'storage')
       and command.command_tag not in ('CREATE POLICY', 'ALTER POLICY', 'CREATE TRIGGER', 'COMMENT', 'GRANT', 'REVOKE') then
      raise exception 'permission denied: % on % (hosted Supabase lets postgres only add policies and triggers to the auth and storage schemas)',
        command.command_tag, command.object_identity
        using errcode = '42501';
    end if;
  end loop;
end;
$$;

create or replace function extensions.supautils_emulation_drop_guard() returns event_trigger
language plpgsql
as $$
declare
  dropped record;
begin
  if current_user <> 'postgres' then
    return;
  end if;
  for dropped in select * from pg_catalog.pg_event_trigger_dropped_objects() loop
    if dropped.schema_name in ('auth', 'storage') and dropped.object_type not in ('policy', 'trigger') then
      raise exception 'permission denied: cannot drop % % (hosted Supabase lets postgres drop only policies and triggers in the auth and storage schemas)',
        dropped.object_type, dropped.object_identity
        using errcode = '42501';
    end if;
  end loop;
end;
$$;

revoke all on function extensions.supautils_emulation_guard() from public;
revoke all on function extensions.supautils_emulation_drop_guard() from public;

do $$
begin
  if not exists (select from pg_event_trigger where evtname = 'supautils_emulation_guard') then
    create event trigger supautils_emulation_guard on ddl_command_end
      execute function extensions.supautils_emulation_guard();
  end if;
  if not exists (select from pg_event_trigger where evtname = 'supautils_emulation_drop_guard') then
    create event trigger supautils_emulation_drop_guard on sql_drop
      execute function extensions.supautils_emulation_drop_guard();
  end if;
end
$$;
