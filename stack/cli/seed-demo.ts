/**
 * `npm run seed:demo -- --scale small|medium|large [--db-url URL] [--anchor ISO-DATE]`: deterministic
 * demo data (customers, links, orders, dossiers, documents, reviews, messages, events, reminders)
 * on top of supabase/seed.sql. Re-running replaces the previous demo rows (no duplicates).
 * Without --db-url it uses the local stack's database, starting PostgreSQL just for the run when
 * the stack is not running.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { acquireLock, runningPid } from '../lock';
import { clusterDir, startPostgres } from '../services/postgres';
import { SEED_DEMO_USAGE, parseSeedDemoArgs, type SeedDemoArgs } from '../demo/args';
import { seedDemo } from '../demo/index';

function readArgs(): SeedDemoArgs {
  try {
    return parseSeedDemoArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`[seed:demo] ${error instanceof Error ? error.message : String(error)}`);
    console.error(SEED_DEMO_USAGE);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const args = readArgs();
  if (args.help) {
    console.log(SEED_DEMO_USAGE);
    return;
  }
  const log = (line: string) => console.log(`[seed:demo] ${line}`);
  const run = async (dbUrl: string) => {
    log(`generating the ${args.scale} data set in ${dbUrl.replace(/:[^:@/]*@/, ':***@')}`);
    const result = await seedDemo(dbUrl, args.scale, { anchor: args.anchor, log });
    log(`done: ${result.orders} orders, ${result.dossiers} dossiers, ${result.events} events in ${(result.ms / 1000).toFixed(1)} s`);
  };

  if (args.dbUrl) return run(args.dbUrl);
  const config = loadConfig();
  if (runningPid(config.dataDir)) return run(config.dbUrl);
  // The stack is not running: start its PostgreSQL for the run (like `npm run db:reset`).
  if (!existsSync(path.join(clusterDir(config), 'PG_VERSION'))) {
    throw new Error('No local database yet: run `npm start` (or `npm run db:reset`) once first.');
  }
  const release = acquireLock(config.dataDir);
  try {
    const postgres = await startPostgres(config);
    try {
      await run(config.dbUrl);
    } finally {
      await postgres.stop();
    }
  } finally {
    release();
  }
}

main().catch((error: unknown) => {
  console.error(`[seed:demo] failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
