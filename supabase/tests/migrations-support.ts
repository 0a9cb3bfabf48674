/**
 * Helpers for the migration tests and db:verify: catalog / data fingerprints, rollbacks, and a
 * populated, dirty v1 database.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withClient } from '../../stack/database';
import { applyMigrations, listMigrations } from '../../stack/services/migrations';

export const SUPABASE_DIR = path.resolve(import.meta.dirname, '..');
export const MIGRATIONS_DIR = path.join(SUPABASE_DIR, 'migrations');
export const ROLLBACKS_DIR = path.join(SUPABASE_DIR, 'rollbacks');
export const SEED_FILE = path.join(SUPABASE_DIR, 'seed.sql');
export const BASELINE_VERSION = '20240101000000';

export { withClient };

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return withClient(url, async (c) => (await c.query<T>(text, values)).rows);
}

/** Runs a SQL script in one transaction. */
export async function runScript(url: string, sqlText: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query('begin');
    try {
      await c.query(sqlText);
      await c.query('commit');
    } catch (error) {
      await c.query('rollback');
      throw error;
    }
  });
}

/** Applies only the migrations up to and including `version` (e.g. the v1 baseline). */
export async function applyMigrationsUpTo(url: string, version: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-upto-'));
  try {
    for (const m of listMigrations(MIGRATIONS_DIR)) {
      if (m.version <= version) copyFileSync(m.file, path.join(dir, path.basename(m.file)));
    }
    await applyMigrations(url, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { applyMigrations };

/** Rollback files, newest first, for every applied migration newer than the baseline. */
export function rollbackFiles(dir = ROLLBACKS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{14}_.+\.sql$/.test(f))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}

/** Migrations (after the baseline) that have no rollback file of the same name. */
export function migrationsWithoutRollback(): string[] {
  const rollbacks = new Set(rollbackFiles().map((f) => path.basename(f)));
  return listMigrations(MIGRATIONS_DIR)
    .filter((m) => m.version > BASELINE_VERSION)
    .map((m) => path.basename(m.file))
    .filter((name) => !rollbacks.has(name));
}

/**
 * Reverts every applied v2 migration, newest first: each rollback file runs in its own
 * transaction together with the removal of its version from the migration history (what
 * `supabase migration repair --status reverted <version>` does).
 */
export async function revertToV1(url: string, options: { role?: string } = {}): Promise<string[]> {
  // `role`: run each rollback as that role (e.g. a non-superuser, as hosted's postgres is).
  const asRole = options.role ? `set local role ${options.role};\n` : '';
  const applied = new Set(
    (await query<{ version: string }>(url, 'select version from supabase_migrations.schema_migrations')).map((r) => r.version),
  );
  const ran: string[] = [];
  for (const file of rollbackFiles()) {
    const version = path.basename(file).slice(0, 14);
    if (version <= BASELINE_VERSION || !applied.has(version)) continue;
    try {
      await runScript(
        url,
        `${asRole}${readFileSync(file, 'utf8')}\n;reset role;\ndelete from supabase_migrations.schema_migrations where version = '${version}';`,
      );
    } catch (error) {
      throw new Error(`Rollback ${path.basename(file)} failed: ${(error as Error).message}`);
    }
    ran.push(path.basename(file));
  }
  return ran;
}

// ------------------------------------------------------------------------------------------------
// Fingerprints
// ------------------------------------------------------------------------------------------------

const SCHEMAS = `('public', 'private')`;

/** The schema as the catalogs describe it, independent of OIDs and creation order. */
export async function schemaFingerprint(url: string): Promise<Record<string, unknown[]>> {
  const q = (text: string) => query(url, text);
  return {
    tables: await q(`
      select n.nspname as schema, c.relname as name, c.relkind as kind, c.relrowsecurity as rls, c.relforcerowsecurity as force_rls
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ${SCHEMAS} and c.relkind in ('r', 'v', 'm', 'p')
      order by 1, 2`),
    columns: await q(`
      select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
             a.attnotnull as not_null, pg_get_expr(d.adbin, d.adrelid) as default,
             rank() over (partition by c.oid order by a.attnum) as position
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname in ${SCHEMAS} and c.relkind in ('r', 'v', 'm', 'p') and a.attnum > 0 and not a.attisdropped
      order by 1, 6`),
    constraints: await q(`
      select c.relname as table, k.conname as name, k.contype as type, pg_get_constraintdef(k.oid) as definition,
             k.convalidated as validated, k.condeferrable as deferrable
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ${SCHEMAS}
      order by 1, 2`),
    indexes: await q(`
      select schemaname as schema, tablename as table, indexname as name, indexdef as definition
      from pg_indexes where schemaname in ${SCHEMAS} order by 1, 2, 3`),
    enums: await q(`
      select t.typname as type, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
      from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
      where n.nspname in ${SCHEMAS} group by 1 order by 1`),
    triggers: await q(`
      select n.nspname as schema, c.relname as table, t.tgname as name, pg_get_triggerdef(t.oid) as definition, t.tgenabled as enabled
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and (n.nspname in ${SCHEMAS} or n.nspname = 'auth')
      order by 1, 2, 3`),
    functions: await q(`
      select n.nspname as schema, p.proname as name, pg_get_function_identity_arguments(p.oid) as args,
             pg_get_function_result(p.oid) as result, p.prosecdef as security_definer, p.provolatile as volatility,
             p.proconfig as config, md5(p.prosrc) as body,
             (select array_agg(x::text order by x::text) from unnest(p.proacl) x) as acl
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ${SCHEMAS}
      order by 1, 2, 3`),
    policies: await q(`
      select schemaname as schema, tablename as table, policyname as name, permissive, roles::text as roles, cmd, qual, with_check
      from pg_policies where schemaname in ${SCHEMAS} order by 1, 2, 3`),
    grants: await q(`
      select table_schema as schema, table_name as table, grantee, privilege_type as privilege
      from information_schema.role_table_grants
      where table_schema in ${SCHEMAS} and grantee in ('anon', 'authenticated', 'service_role')
      order by 1, 2, 3, 4`),
    columnGrants: await q(`
      select table_schema as schema, table_name as table, column_name as column, grantee, privilege_type as privilege
      from information_schema.column_privileges
      where table_schema in ${SCHEMAS} and grantee in ('anon', 'authenticated')
      order by 1, 2, 3, 4, 5`),
    types: await q(`
      select n.nspname as schema, t.typname as name, t.typtype as kind
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where n.nspname in ${SCHEMAS} and t.typtype in ('e', 'd', 'c') and t.typrelid = 0
      order by 1, 2`),
  };
}

/** Every row of every table in public (and the auth users), as sorted text, hashed per table. */
export async function dataFingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    url,
    `select format('%I.%I', schemaname, tablename) as name from pg_tables
     where schemaname = 'public' or (schemaname = 'auth' and tablename = 'users') order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: string; h: string | null }>(
      url,
      `select count(*)::text as n, md5(string_agg(t::text, E'\\n' order by t::text)) as h from ${name} t`,
    );
    out[name] = `${row!.n}:${row!.h ?? ''}`;
  }
  return out;
}

/** The rows of a table as objects keyed by id, selected columns only. */
export async function rowsById(url: string, table: string, columns: string[]): Promise<Record<string, Record<string, unknown>>> {
  const rows = await query(url, `select id::text as __id, ${columns.map((c) => `${c}`).join(', ')} from public.${table}`);
  const out: Record<string, Record<string, unknown>> = {};
  for (const row of rows) {
    const { __id, ...rest } = row as { __id: string } & Record<string, unknown>;
    out[__id] = rest;
  }
  return out;
}
