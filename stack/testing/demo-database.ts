/** The demo data sets in scratch databases, built once per test stack and copied for each test file. */
import path from 'node:path';
import { applyMigrations, applySeed } from '../services/migrations';
import { seedDemo, type SeedDemoResult } from '../demo/index';
import type { DemoScaleName } from '../demo/scales';
import { createScratchDatabaseFrom, getStack, sql, type ScratchDatabase } from './context';

/** The "now" of the demo history in the database tests (same anchor, same data). */
export const TEST_DEMO_ANCHOR = new Date('2026-06-01T00:00:00Z');

/**
 * A scratch database with the migrations, seed.sql and the demo data set of `scale` (anchored at
 * TEST_DEMO_ANCHOR), and what seedDemo reported when it generated it. The first call of a test run
 * builds it (the medium set takes about a minute); later calls, from any test file, get a copy.
 */
export async function demoScratchDatabase(scale: DemoScaleName): Promise<{ db: ScratchDatabase; generated: SeedDemoResult }> {
  const root = getStack().rootDir;
  const key = `demo_${scale}_${TEST_DEMO_ANCHOR.getTime()}`;
  const db = await createScratchDatabaseFrom(key, async (build) => {
    await applyMigrations(build.url, path.join(root, 'supabase', 'migrations'));
    await applySeed(build.url, path.join(root, 'supabase', 'seed.sql'));
    const generated = await seedDemo(build.url, scale, { anchor: TEST_DEMO_ANCHOR });
    // kept with the template (a shared catalog: readable from any copy's test) for the callers that get a copy
    await sql(`comment on database ${build.name} is '${JSON.stringify(generated)}'`, [], build.adminUrl);
  });
  const [row] = await sql<{ comment: string }>(
    `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
    [`template_${key}`],
    db.adminUrl,
  );
  return { db, generated: JSON.parse(row!.comment) as SeedDemoResult };
}
