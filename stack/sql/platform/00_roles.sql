-- Platform part 1: the roles of a hosted Supabase project, run as the cluster's bootstrap
-- superuser supabase_admin (the local cluster is initialised with it, as Supabase's image is).
-- Mirrors supabase/postgres at 7db7e1a9 (2024-10-23):
--   migrations/db/init-scripts/00000000000000-initial-schema.sql (API roles, statement timeouts)
--   migrations/db/init-scripts/00000000000001-auth-schema.sql / -02-storage-schema.sql (admin roles)
--   migrations/db/migrations/10000000000000_demote-postgres.sql (postgres: no superuser)
--   ..._20221028101028_set_authenticator_timeout, _20221103090837_revoke_admin,
--   _20230201083204_grant_auth_roles_to_postgres, _20230529180330_alter_api_roles_for_inherit,
--   _20231013070755_grant_authenticator_to_supabase_storage_admin,
--   _20231130133139_set_lock_timeout_to_authenticator_role, _20240606060239_grant_predefined_roles_to_postgres
-- Local passwords are all 'postgres' (hosted: the project's database password for postgres; the
-- admin roles' passwords are Supabase's and never given out).
-- Re-runnable: roles are created only when missing, every attribute is (re)set.

do $$
begin
  if not exists (select from pg_roles where rolname = 'postgres') then
    create role postgres login;
  end if;
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    create role service_role nologin;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticator') then
    create role authenticator login;
  end if;
  if not exists (select from pg_roles where rolname = 'supabase_auth_admin') then
    create role supabase_auth_admin login;
  end if;
  if not exists (select from pg_roles where rolname = 'supabase_storage_admin') then
    create role supabase_storage_admin login;
  end if;
end
$$;

-- The hosted `postgres` role (demote-postgres): not a superuser; may create roles and databases,
-- bypasses row-level security. What the project's migrations, seed and SQL editor run as.
alter role postgres nosuperuser createdb createrole login replication bypassrls password 'postgres';

-- API roles: INHERIT since 20230529180330 (hosted), so a member gets their privileges directly.
alter role anon nologin inherit nobypassrls;
alter role authenticated nologin inherit nobypassrls;
alter role service_role nologin inherit bypassrls;
-- PostgREST logs in as authenticator and switches to the JWT's role.
alter role authenticator login noinherit nobypassrls password 'postgres';
-- GoTrue and Storage log in as their admin roles, which own the auth and storage schemas' objects.
alter role supabase_auth_admin login noinherit createrole noreplication password 'postgres';
alter role supabase_storage_admin login noinherit createrole noreplication password 'postgres';

grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role to postgres;
-- Storage switches to the caller's role through authenticator (20231013070755).
grant authenticator to supabase_storage_admin;
revoke anon, authenticated, service_role from supabase_storage_admin;
grant pg_read_all_data, pg_signal_backend to postgres;

-- Statement and lock timeouts as hosted sets them: one API caller cannot hold a connection (or a
-- lock) for long. PostgREST applies the role's settings when it switches role per request.
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';

alter role supabase_auth_admin set search_path = auth;
alter role supabase_storage_admin set search_path = storage;
alter role postgres set search_path = "$user", public, extensions;
