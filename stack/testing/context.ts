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
 */
export async function createScratchDatabase(config = getStack()): Promise<ScratchDatabase> {
  const name = `scratch_${randomBytes(6).toString('hex')}`;
  await sql(`create database ${name}`, [], config.adminDbUrl);
  const adminUrl = dbUrlFor(config, name, 'supabase_admin');
  await applyBootstrap(adminUrl);
  return {
    name,
    url: dbUrlFor(config, name),
    adminUrl,
    drop: async () => {
      await sql(`drop database if exists ${name} with (force)`, [], config.adminDbUrl);
    },
  };
}
