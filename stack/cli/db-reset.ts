/**
 * `npm run db:reset`: recreates the database from supabase/migrations and supabase/seed.sql.
 * Works whether the stack is running (resets the live server and reloads PostgREST's schema
 * cache) or not (starts PostgreSQL just for the reset).
 */
import { loadConfig } from '../config';
import { runningPid, acquireLock } from '../lock';
import { recreateDatabase } from '../database';
import { seedDemo } from '../demo';
import { initCluster, startPostgres } from '../services/postgres';
import { reloadSchemaCache } from '../services/postgrest';

const config = loadConfig();
try {
  if (runningPid(config.dataDir)) {
    await recreateDatabase(config);
    await seedDemo(config.dbUrl, 'small');
    await reloadSchemaCache(config.dbUrl);
  } else {
    const release = acquireLock(config.dataDir);
    await initCluster(config);
    const postgres = await startPostgres(config);
    try {
      await recreateDatabase(config);
      await seedDemo(config.dbUrl, 'small');
    } finally {
      await postgres.stop();
      release();
    }
  }
  console.log('Database reset: migrations, seed.sql and the small demo data set applied.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
