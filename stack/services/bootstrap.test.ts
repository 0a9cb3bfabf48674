import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, sql, type ScratchDatabase } from '../testing/context';
import { applyBootstrap } from './bootstrap';

describe('Supabase platform bootstrap', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await createScratchDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('creates the API roles as Supabase has them', async () => {
    const roles = await sql(
      "select rolname, rolcanlogin, rolbypassrls, rolinherit from pg_roles where rolname in ('anon','authenticated','service_role','authenticator') order by 1",
      [],
      db.url,
    );
    expect(roles).toEqual([
      { rolname: 'anon', rolcanlogin: false, rolbypassrls: false, rolinherit: false },
      { rolname: 'authenticated', rolcanlogin: false, rolbypassrls: false, rolinherit: false },
      { rolname: 'authenticator', rolcanlogin: true, rolbypassrls: false, rolinherit: false },
      { rolname: 'service_role', rolcanlogin: false, rolbypassrls: true, rolinherit: false },
    ]);
  });

  it('installs pgcrypto in the extensions schema', async () => {
    expect(await sql("select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pgcrypto'", [], db.url)).toEqual([
      { schema: 'extensions' },
    ]);
  });

  it('reads auth.uid(), auth.role() and auth.jwt() from request.jwt.claims', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const claims = { sub: '6d0f4a4e-8a0e-4a57-9d44-5b1e0f7a1c11', role: 'authenticated', email: 'a@example.com' };
      await client.query("select set_config('request.jwt.claims', $1, false)", [JSON.stringify(claims)]);
      const { rows } = await client.query('select auth.uid() as uid, auth.role() as role, auth.jwt() as jwt');
      expect(rows[0]).toEqual({ uid: claims.sub, role: 'authenticated', jwt: claims });
      await client.query("select set_config('request.jwt.claims', '', false)");
      expect((await client.query('select auth.uid() as uid')).rows[0]).toEqual({ uid: null });
    } finally {
      await client.end();
    }
  });

  it("gives the API roles Supabase's default privileges on new tables in public", async () => {
    await sql('create table public.grant_probe (id int)', [], db.url);
    const privileges = await sql(
      "select grantee, string_agg(privilege_type, ',' order by privilege_type) as p from information_schema.role_table_grants where table_name = 'grant_probe' and grantee in ('anon','authenticated','service_role') group by grantee order by grantee",
      [],
      db.url,
    );
    expect(privileges.map((r) => r.grantee)).toEqual(['anon', 'authenticated', 'service_role']);
    for (const row of privileges) expect(row.p).toContain('SELECT');
  });

  it('is re-runnable', async () => {
    await applyBootstrap(db.url);
    await applyBootstrap(db.url);
    expect(await sql("select count(*)::int as n from pg_tables where schemaname = 'auth'", [], db.url)).toEqual([{ n: 3 }]);
  });
});
