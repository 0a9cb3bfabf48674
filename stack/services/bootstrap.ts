/**
 * Builds the hosted Supabase platform in a database, as supabase_admin (the cluster's bootstrap
 * superuser): roles, the database's grants, GoTrue's auth schema, Supabase Storage's storage
 * schema and the supautils allowances of `postgres`. See stack/sql/platform/README.md for the
 * upstream version each file mirrors. Migrations then run as the hosted `postgres` role.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT_DIR } from '../config';

export const PLATFORM_SQL_DIR = path.join(ROOT_DIR, 'stack', 'sql', 'platform');
/** The storage service's platform tables (storage.buckets/objects), present before migrations as on Supabase. */
export const STORAGE_SCHEMA_SQL_PATH = path.join(ROOT_DIR, 'stack', 'services', 'storage', 'schema.sql');

/** The platform files in the order they run: roles, database, auth, storage, supautils. */
export function platformSqlFiles(): string[] {
  const own = readdirSync(PLATFORM_SQL_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => path.join(PLATFORM_SQL_DIR, name));
  // Storage's schema (owned by the storage service) runs after auth (20_) and before supautils (40_).
  const beforeSupautils = own.filter((file) => path.basename(file) < '30');
  const rest = own.filter((file) => path.basename(file) >= '30');
  return [...beforeSupautils, STORAGE_SCHEMA_SQL_PATH, ...rest];
}

/** `adminUrl` must connect as supabase_admin (a superuser) to the database to prepare. */
export async function applyBootstrap(adminUrl: string): Promise<void> {
  // Roles are cluster-wide but advisory locks are per database: concurrent bootstraps of several
  // databases serialise on a lock taken in the `postgres` database.
  const lockUrl = new URL(adminUrl);
  lockUrl.pathname = '/postgres';
  const lock = new pg.Client({ connectionString: lockUrl.toString() });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(4242)');
    await bootstrap(adminUrl);
  } finally {
    await lock.end();
  }
}

async function bootstrap(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ superuser: boolean; user: string }>(
      'select rolsuper as superuser, current_user as user from pg_roles where rolname = current_user',
    );
    if (!rows[0]?.superuser) {
      throw new Error(`the platform bootstrap needs the superuser supabase_admin, connected as ${rows[0]?.user ?? 'unknown'}`);
    }
    for (const file of platformSqlFiles()) {
      try {
        await client.query(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`platform bootstrap ${path.relative(ROOT_DIR, file)} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.end();
  }
}
