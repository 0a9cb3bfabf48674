/** What a test sees of the running test stack. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import type { StackConfig } from '../config';
import { dbUrlFor } from '../config';
import { applyBootstrap } from '../services/bootstrap';

export function getStack(): StackConfig {
  const config = inject('stackConfig');
  if (!config) throw new Error('No test stack: run this test through the "node" Vitest project');
  return config;
}

/** Runs one query as the hosted `postgres` role (not a superuser) against the stack's database (or another URL). */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
  url = getStack().dbUrl,
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  name: string;
  url: string;
  adminUrl: string;
  drop(): Promise<void>;
}

/**
 * An empty database on the test server with the Supabase platform applied and no migrations.
 * `url` connects as the hosted `postgres` role, `adminUrl` as the superuser supabase_admin.
 * With `template`, the database is instead a copy of that database (its schema and rows).
 */
export async function createScratchDatabase(config = getStack(), options: { template?: string } = {}): Promise<ScratchDatabase> {
  const name = `scratch_${randomBytes(6).toString('hex')}`;
  const adminUrl = dbUrlFor(config, name, 'supabase_admin');
  if (options.template) {
    await sql(`create database ${name} template ${options.template} strategy file_copy`, [], config.adminDbUrl);
    await applyDatabaseSettings(adminUrl);
  } else {
    await sql(`create database ${name}`, [], config.adminDbUrl);
    await applyBootstrap(adminUrl);
  }
  return {
    name,
    url: dbUrlFor(config, name),
    adminUrl,
    drop: async () => {
      await sql(`drop database if exists ${name} with (force)`, [], config.adminDbUrl);
    },
  };
}

/**
 * What a copy made with `create database ... template` does not take from its template: the
 * database's own owner, privileges and settings (pg_database, pg_db_role_setting). The same three
 * statements as the platform's stack/sql/platform/10_database.sql; everything inside the database
 * (schemas, grants on objects, rows, statistics) is copied.
 */
async function applyDatabaseSettings(adminUrl: string): Promise<void> {
  await sql(
    `do $$
    begin
      execute format('alter database %I owner to postgres', current_database());
      execute format('grant all on database %I to postgres', current_database());
      execute format('alter database %I set search_path = "$user", public, extensions', current_database());
    end
    $$`,
    [],
    adminUrl,
  );
}

/**
 * A scratch database holding what `build` puts in a new scratch database, built once per test
 * stack and copied for every caller (`create database ... template`): several files need the same
 * slow database (the medium demo data set) and each gets its own copy, as if it had built it. The
 * first caller builds it under an advisory lock (other callers wait for it); the copy source is
 * named `template_<key>` and is published only once complete (a failed build leaves nothing).
 */
export async function createScratchDatabaseFrom(
  key: string,
  build: (db: ScratchDatabase) => Promise<void>,
  config = getStack(),
): Promise<ScratchDatabase> {
  if (!/^[a-z0-9_]+$/.test(key)) throw new Error(`template key must be [a-z0-9_]: ${key}`);
  const template = `template_${key}`;
  const lock = new pg.Client({ connectionString: config.adminDbUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [template]);
    const { rows } = await lock.query('select 1 from pg_database where datname = $1', [template]);
    if (rows.length === 0) {
      const db = await createScratchDatabase(config);
      try {
        await build(db);
        await lock.query(`alter database ${db.name} rename to ${template}`);
      } catch (error) {
        await db.drop();
        throw error;
      }
    }
  } finally {
    await lock.end();
  }
  return createScratchDatabase(config, { template });
}
