/** Database set-up shared by start, reset and tests: bootstrap, migrations, seed. */
import path from 'node:path';
import pg from 'pg';
import type { StackConfig } from './config';
import { dbUrlFor } from './config';
import { applyBootstrap } from './services/bootstrap';
import { applyMigrations, applySeed } from './services/migrations';
import { createLogger } from './log';

const log = createLogger('db');

/** One connection for `fn`, closed afterwards whatever happens; server notices are ignored. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notice', () => undefined);
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const migrationsDir = (config: StackConfig) => path.join(config.rootDir, 'supabase', 'migrations');
export const seedFile = (config: StackConfig) => path.join(config.rootDir, 'supabase', 'seed.sql');

export async function prepareDatabase(config: StackConfig, options: { seed: boolean }): Promise<void> {
  await applyBootstrap(config.adminDbUrl);
  const applied = await applyMigrations(config.dbUrl, migrationsDir(config));
  if (applied.length) log.debug(`applied ${applied.length} migration(s): ${applied.map((m) => m.version).join(', ')}`);
  if (options.seed && (await applySeed(config.dbUrl, seedFile(config)))) log.debug('seed.sql applied');
}

/** Drops and recreates the `postgres` database on a running server (like `supabase db reset`). */
export async function recreateDatabase(config: StackConfig): Promise<void> {
  const admin = new pg.Client({ connectionString: dbUrlFor(config, 'template1', 'supabase_admin') });
  await admin.connect();
  try {
    await admin.query('drop database if exists postgres with (force)');
    await admin.query('create database postgres');
  } finally {
    await admin.end();
  }
  await prepareDatabase(config, { seed: true });
}
