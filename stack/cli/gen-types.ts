/**
 * `npm run gen:types [-- --db-url <url>]`: writes src/types/database.types.ts from the live
 * database (by default the running local stack), in the shape supabase-js expects.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { generateTypes, TYPES_FILE } from '../typegen/generate';

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
  console.error(`Could not generate types from ${dbUrl.replace(/:[^:@/]+@/, ':***@')}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
