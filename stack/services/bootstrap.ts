/** Applies the local Supabase platform bootstrap (roles, auth, extensions, default grants). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT_DIR } from '../config';

export const BOOTSTRAP_SQL_PATH = path.join(ROOT_DIR, 'stack', 'sql', 'bootstrap.sql');
/** The storage service's platform tables (storage.buckets/objects), present before migrations as on Supabase. */
export const STORAGE_SCHEMA_SQL_PATH = path.join(ROOT_DIR, 'stack', 'services', 'storage', 'schema.sql');

export async function applyBootstrap(dbUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    // Roles are cluster-wide: serialise concurrent bootstraps of several databases.
    await client.query('select pg_advisory_lock(4242)');
    await client.query(readFileSync(BOOTSTRAP_SQL_PATH, 'utf8'));
    await client.query(readFileSync(STORAGE_SCHEMA_SQL_PATH, 'utf8'));
  } finally {
    await client.end();
  }
}
