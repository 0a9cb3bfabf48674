/**
 * `npm run gen:types [-- --db-url <url>]`: writes src/types/database.types.ts from the live
 * database (by default the running local stack) with Supabase's generator, @supabase/postgres-meta,
 * as `supabase gen types typescript --schema public` does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { generateTypes, TYPES_FILE } from '../gen-types';

const flag = process.argv.indexOf('--db-url');
const dbUrl = flag > -1 ? process.argv[flag + 1] : process.env.DATABASE_URL || loadConfig().dbUrl;
if (!dbUrl) {
  console.error('--db-url needs a PostgreSQL connection string');
  process.exit(1);
}
try {
  const text = await generateTypes(dbUrl);
  mkdirSync(path.dirname(TYPES_FILE), { recursive: true });
  writeFileSync(TYPES_FILE, text);
  console.log(`Wrote ${path.relative(process.cwd(), TYPES_FILE)}`);
} catch (error) {
  const detail = error instanceof Error ? `${error.message}${'stderr' in error ? `\n${String(error.stderr)}` : ''}` : String(error);
  console.error(`Could not generate types from ${dbUrl.replace(/:[^:@/]+@/, ':***@')}: ${detail}`);
  process.exit(1);
}
