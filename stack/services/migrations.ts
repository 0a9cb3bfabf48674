/**
 * Applies supabase/migrations the way `supabase db push` / `supabase start` do: every file once,
 * in name order, each in its own transaction, recorded in supabase_migrations.schema_migrations.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { splitSqlStatements } from '../sql-split';

const MIGRATION_FILE = /^(\d{14})_(.+)\.sql$/;

export interface MigrationFile {
  version: string;
  name: string;
  file: string;
}

export class MigrationError extends Error {
  constructor(
    readonly file: string,
    readonly cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const position = (cause as { position?: string }).position;
    super(`Migration ${path.basename(file)} failed: ${detail}${position ? ` (at character ${position})` : ''}`);
  }
}

export function listMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => {
      const match = MIGRATION_FILE.exec(name);
      if (!match) throw new Error(`Migration file name must be <14-digit timestamp>_<name>.sql: ${name}`);
      return { version: match[1]!, name: match[2]!, file: path.join(dir, name) };
    });
}

export const HISTORY_TABLE = `
  create schema if not exists supabase_migrations;
  create table if not exists supabase_migrations.schema_migrations (
    version text primary key,
    statements text[],
    name text
  );`;

/** Returns the versions applied by this call. Throws MigrationError naming the failing file. */
export async function applyMigrations(
  dbUrl: string,
  dir: string,
  options: { onApplied?: (m: MigrationFile) => void } = {},
): Promise<MigrationFile[]> {
  const migrations = listMigrations(dir);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const applied: MigrationFile[] = [];
  try {
    await client.query(HISTORY_TABLE);
    const { rows } = await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      const sql = readFileSync(migration.file, 'utf8');
      try {
        await client.query('begin');
        await client.query(sql);
        await client.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
          migration.version,
          migration.name,
          splitSqlStatements(sql),
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw new MigrationError(migration.file, error);
      }
      applied.push(migration);
      options.onApplied?.(migration);
    }
  } finally {
    await client.end();
  }
  return applied;
}

/** Runs a seed file (in one transaction). */
export async function applySeed(dbUrl: string, file: string): Promise<boolean> {
  if (!existsSync(file)) return false;
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(readFileSync(file, 'utf8'));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Seed ${path.basename(file)} failed: ${detail}`);
  } finally {
    await client.end();
  }
  return true;
}
