/**
 * The local platform is the hosted one where the project can tell: roles, ownership, grants,
 * RLS, timeouts, GoTrue's and Storage's schemas, the supautils allowances (stack/sql/platform).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, getStack, sql, type ScratchDatabase } from '../../testing/context';
import { applyBootstrap } from '../../services/bootstrap';
import { dbUrlFor } from '../../config';

let db: ScratchDatabase;
beforeAll(async () => {
  db = await createScratchDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const asPostgres = (text: string, values: unknown[] = []) => sql(text, values, db.url);

async function errorOf(url: string, statements: string[]): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    for (const statement of statements) await client.query(statement);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}

describe('roles as on a hosted project', () => {
  it('has postgres as hosted has it and the API roles INHERIT', async () => {
    const roles = await asPostgres(
      `select rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolbypassrls from pg_roles
       where rolname in ('supabase_admin', 'postgres', 'anon', 'authenticated', 'service_role', 'authenticator',
                         'supabase_auth_admin', 'supabase_storage_admin') order by 1`,
    );
    const row = (name: string) => roles.find((r) => r.rolname === name);
    expect(row('supabase_admin')).toMatchObject({ rolsuper: true });
    expect(row('postgres')).toMatchObject({
      rolsuper: false,
      rolcreaterole: true,
      rolcreatedb: true,
      rolbypassrls: true,
      rolcanlogin: true,
    });
    for (const api of ['anon', 'authenticated', 'service_role'])
      expect(row(api)).toMatchObject({ rolsuper: false, rolinherit: true, rolcanlogin: false });
    expect(row('service_role')).toMatchObject({ rolbypassrls: true });
    expect(row('anon')).toMatchObject({ rolbypassrls: false });
    expect(row('authenticator')).toMatchObject({ rolinherit: false, rolcanlogin: true, rolsuper: false });
    for (const admin of ['supabase_auth_admin', 'supabase_storage_admin'])
      expect(row(admin)).toMatchObject({ rolsuper: false, rolcanlogin: true });
  });

  it('sets the statement and lock timeouts hosted sets (anon 3 s, authenticated 8 s, authenticator 8 s / 8 s)', async () => {
    const settings = await asPostgres(
      `select r.rolname, s.setconfig from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
       where s.setdatabase = 0 and r.rolname in ('anon', 'authenticated', 'authenticator') order by 1`,
    );
    const of = (name: string) => settings.find((s) => s.rolname === name)?.setconfig ?? [];
    expect(of('anon')).toContain('statement_timeout=3s');
    expect(of('authenticated')).toContain('statement_timeout=8s');
    expect(of('authenticator')).toEqual(expect.arrayContaining(['statement_timeout=8s', 'lock_timeout=8s']));
    const [login] = await sql(
      "select current_setting('statement_timeout') as st, current_setting('lock_timeout') as lt",
      [],
      dbUrlFor(getStack(), db.name, 'authenticator'),
    );
    expect(login).toEqual({ st: '8s', lt: '8s' });
  });

  it('gives postgres no superuser power: no SET ROLE to the admin roles, no event triggers, no server files', async () => {
    expect(await errorOf(db.url, ['set role supabase_storage_admin'])).toMatch(/permission denied/);
    expect(await errorOf(db.url, ['set role supabase_admin'])).toMatch(/permission denied/);
    expect(await errorOf(db.url, ["select pg_read_file('PG_VERSION')"])).toMatch(/permission denied/);
    expect(await errorOf(db.url, ['alter role postgres superuser'])).toMatch(/permission denied/);
    expect(
      await errorOf(db.url, [
        'create function public.f() returns event_trigger language plpgsql as $$ begin end $$',
        'create event trigger e on ddl_command_end execute function public.f()',
      ]),
    ).toMatch(/permission denied|must be superuser/);
  });
});

describe('the auth schema as GoTrue and hosted have it', () => {
  it('is owned by supabase_auth_admin, with RLS on and nothing granted to the API roles', async () => {
    const tables = await asPostgres(
      `select c.relname, c.relowner::regrole::text as owner, c.relrowsecurity as rls,
              has_table_privilege('service_role', c.oid, 'SELECT') or has_table_privilege('service_role', c.oid, 'INSERT') as service,
              has_table_privilege('authenticated', c.oid, 'SELECT') or has_table_privilege('anon', c.oid, 'SELECT') as api,
              has_table_privilege('postgres', c.oid, 'SELECT,INSERT,UPDATE,DELETE,TRIGGER') as postgres
       from pg_class c where c.relnamespace = 'auth'::regnamespace and c.relkind = 'r' order by 1`,
    );
    expect(tables.map((t) => t.relname)).toEqual([
      'audit_log_entries',
      'identities',
      'instances',
      'refresh_tokens',
      'schema_migrations',
      'sessions',
      'users',
    ]);
    for (const t of tables)
      expect(t, t.relname).toMatchObject({ owner: 'supabase_auth_admin', rls: true, service: false, api: false, postgres: true });
  });

  it("has no default on the token columns GoTrue writes itself, and GoTrue's defaults elsewhere", async () => {
    const columns = await asPostgres(
      `select column_name, column_default from information_schema.columns
       where table_schema = 'auth' and table_name = 'users' and column_name like any (array['%token%', '%change'])
       order by 1`,
    );
    expect(Object.fromEntries(columns.map((c) => [c.column_name, c.column_default]))).toEqual({
      confirmation_token: null,
      recovery_token: null,
      email_change: null,
      email_change_token_new: null,
      email_change_token_current: "''::character varying",
      phone_change: "''::text",
      phone_change_token: "''::character varying",
      reauthentication_token: "''::character varying",
    });
  });
});

describe('the storage schema as Supabase Storage has it', () => {
  it('is owned by supabase_storage_admin with the buckettype enum and the versioning columns', async () => {
    const owners = await asPostgres(
      `select c.relname, c.relowner::regrole::text as owner, c.relrowsecurity as rls from pg_class c
       where c.relnamespace = 'storage'::regnamespace and c.relkind = 'r' order by 1`,
    );
    expect(owners).toEqual([
      { relname: 'buckets', owner: 'supabase_storage_admin', rls: true },
      { relname: 'migrations', owner: 'supabase_storage_admin', rls: true },
      { relname: 'objects', owner: 'supabase_storage_admin', rls: true },
    ]);
    const [type] = await asPostgres(
      `select format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = 'storage.buckets'::regclass and attname = 'type'`,
    );
    expect(type).toEqual({ type: 'storage.buckettype' });
    const objectColumns = await asPostgres(
      `select column_name from information_schema.columns where table_schema = 'storage' and table_name = 'objects'
       and column_name in ('owner_id', 'user_metadata', 'version', 'archived_at', 'is_delete_marker', 'is_versioned') order by 1`,
    );
    expect(objectColumns).toHaveLength(6);
    expect(
      await asPostgres(
        `select column_name from information_schema.columns where table_schema = 'storage' and table_name = 'buckets' and column_name = 'versioning_status'`,
      ),
    ).toHaveLength(1);
  });

  it('refuses a plain SQL delete of buckets or objects, and lets the Storage API (storage.allow_delete_query) delete', async () => {
    const insert = "insert into storage.buckets (id, name) values ('probe', 'probe')";
    expect(await errorOf(db.url, [insert, "delete from storage.buckets where id = 'probe'"])).toBe(
      'Direct deletion from storage tables is not allowed. Use the Storage API instead.',
    );
    expect(await errorOf(db.url, ['delete from storage.objects'])).toMatch(/Direct deletion/);
    expect(
      await errorOf(db.url, [
        insert,
        "select set_config('storage.allow_delete_query', 'true', true)",
        "delete from storage.buckets where id = 'probe'",
      ]),
    ).toBe('no error');
  });
});

describe('supautils allowances, emulated', () => {
  it('lets postgres create policies on storage.objects and auth.users, and triggers on auth.users', async () => {
    expect(
      await errorOf(db.url, [
        'create policy probe on storage.objects for select to authenticated using (false)',
        'drop policy probe on storage.objects',
        'create policy probe on auth.users for select to authenticated using (false)',
        'create function public.noop() returns trigger language plpgsql as $$ begin return new; end $$',
        'create trigger probe after update on auth.users for each row execute function public.noop()',
        'drop trigger probe on auth.users',
        'set local session_replication_role = replica',
      ]),
    ).toBe('no error');
  });

  it('refuses every other owner-only command on auth and storage objects', async () => {
    expect(await errorOf(db.url, ['alter table storage.objects add column probe int'])).toMatch(
      /permission denied: ALTER TABLE on storage.objects/,
    );
    expect(await errorOf(db.url, ['alter table auth.users disable row level security'])).toMatch(/permission denied: ALTER TABLE/);
    expect(await errorOf(db.url, ['create index probe on auth.users (email)'])).toMatch(/permission denied: CREATE INDEX/);
    expect(await errorOf(db.url, ['drop table auth.identities'])).toMatch(/permission denied: cannot drop table/);
    expect(await errorOf(db.url, ['create table auth.probe (id int)'])).toMatch(/permission denied/);
  });
});

it('is re-runnable', async () => {
  await applyBootstrap(db.adminUrl);
  await applyBootstrap(db.adminUrl);
  expect(await asPostgres("select count(*)::int as n from pg_tables where schemaname in ('auth', 'storage')")).toEqual([{ n: 10 }]);
});

it('refuses to run as anything but the superuser', async () => {
  await expect(applyBootstrap(db.url)).rejects.toThrow(/needs the superuser supabase_admin, connected as postgres/);
});
