/**
 * `npm run seed:demo:v1 -- --scale small|medium|large --db-url URL [--anchor ISO-DATE]`: the demo
 * data set in the v1 shape (v1 baseline schema, v1 columns and labels, auth.users, Storage) in an
 * EMPTY database, to rehearse the v1 -> v2 migration on it (`npm run db:rehearse -- --from URL`).
 * Refuses a database that already has public tables.
 */
import pg from 'pg';
import { parseSeedDemoArgs } from '../demo/args';
import { seedDemoV1 } from '../demo/v1-shape';
import { applyBootstrap } from '../services/bootstrap';
import { asPlatformSuperuser } from '../config';

const USAGE = 'Usage: npm run seed:demo:v1 -- --scale small|medium|large --db-url postgresql://... [--anchor ISO-DATE]';

async function main(): Promise<void> {
  const args = parseSeedDemoArgs(process.argv.slice(2));
  if (args.help) return void console.log(USAGE);
  if (!args.dbUrl) throw new Error(`--db-url is required (an empty database)\n${USAGE}`);
  const client = new pg.Client({ connectionString: args.dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number; auth: boolean }>(
      `select (select count(*)::int from pg_tables where schemaname = 'public') as n, to_regnamespace('auth') is not null as auth`,
    );
    if (rows[0]!.n > 0) throw new Error('the database is not empty (it has public tables); give an empty database');
    if (!rows[0]!.auth) await applyBootstrap(asPlatformSuperuser(args.dbUrl));
  } finally {
    await client.end();
  }
  const started = performance.now();
  const counts = await seedDemoV1(args.dbUrl, args.scale, { anchor: args.anchor, log: (l) => console.log(`[seed:demo:v1] ${l}`) });
  const total = Object.entries(counts)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  console.log(`[seed:demo:v1] done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${total}`);
}

main().catch((error: unknown) => {
  console.error(`[seed:demo:v1] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
