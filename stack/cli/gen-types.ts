/**
 * `npm run gen:types [-- --db-url <url>]`: writes src/types/database.types.ts (and its copy for the Edge
 * Functions, supabase/functions/_shared/database.types.ts) from the live
 * database (by default the running local stack) with Supabase's generator, @supabase/postgres-meta,
 * as `supabase gen types typescript --schema public` does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { generateTypes, TYPES_FILES } from '../gen-types';

const flag = process.argv.indexOf('--db-url');
const dbUrl = flag > -1 ? process.argv[flag + 1] : process.env.DATABASE_URL || loadConfig().dbUrl;
if (!dbUrl) {
  console.error('--db-url needs a PostgreSQL connection string');
  process.exit(1);
}
try {
  const text = await generateTypes(dbUrl);
  for (const file of TYPES_FILES) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  }
} catch (error) {
  const detail = error instanceof Error ? `${error.message}${'stderr' in error ? `\n${String(error.stderr)}` : ''}` : String(error);
  console.error(`Could not generate types from ${dbUrl.replace(/:[^:@/]+@/, ':***@')}: ${detail}`);
  process.exit(1);
}
