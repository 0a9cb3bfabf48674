/**
 * Reverts the applied v2 migrations newest first, as docs/database.md's loop does: each
 * supabase/rollbacks/<same name>.sql in its own transaction together with the removal of its
 * version from the history (`supabase migration repair --status reverted`). Stops at the first
 * failure, like the documented loop.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { listMigrations } from '../services/migrations';

export interface RevertStep {
  file: string;
  ms: number;
  error?: string;
}

export interface RevertResult {
  steps: RevertStep[];
  /** applied migrations that have no rollback file */
  missing: string[];
  failed?: RevertStep;
}

export async function revertMigrations(
  url: string,
  migrationsDir: string,
  rollbacksDir: string,
  afterVersion: string,
  onStep: (step: RevertStep) => void = () => undefined,
): Promise<RevertResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notice', () => undefined);
  const result: RevertResult = { steps: [], missing: [] };
  try {
    const applied = new Set(
      (await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map((r) => r.version),
    );
    const toRevert = listMigrations(migrationsDir)
      .filter((m) => m.version > afterVersion && applied.has(m.version))
      .reverse();
    for (const m of toRevert) {
      const name = path.basename(m.file);
      const file = path.join(rollbacksDir, name);
      if (!existsSync(file)) {
        result.missing.push(name);
        result.failed = { file: name, ms: 0, error: `no rollback file ${path.join(path.basename(rollbacksDir), name)}` };
        break;
      }
      const t0 = performance.now();
      try {
        await client.query('begin');
        await client.query(readFileSync(file, 'utf8'));
        await client.query('delete from supabase_migrations.schema_migrations where version = $1', [m.version]);
        await client.query('commit');
        const step = { file: name, ms: Math.round(performance.now() - t0) };
        result.steps.push(step);
        onStep(step);
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        const step = { file: name, ms: Math.round(performance.now() - t0), error: (error as Error).message };
        result.steps.push(step);
        result.failed = step;
        onStep(step);
        break;
      }
    }
  } finally {
    await client.end();
  }
  return result;
}
