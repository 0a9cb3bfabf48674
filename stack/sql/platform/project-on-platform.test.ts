/**
 * Everything that lands runs on the hosted platform unchanged: in a fresh database built like a
 * hosted project (stack/sql/platform), every migration, seed.sql, the small demo data set and
 * every rollback (newest first) are applied as the hosted `postgres` role, not a superuser. Any
 * error fails the test: e.g. a migration needing superuser rights, or touching auth / storage
 * objects beyond what supautils allows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../../database';
import { createScratchDatabase, sql, type ScratchDatabase } from '../../testing/context';
import { applyMigrations, applySeed } from '../../services/migrations';
import { seedDemo } from '../../demo';
import { MIGRATIONS_DIR, ROLLBACKS_DIR, SEED_FILE, rollbackFiles } from '../../../supabase/tests/migrations-support';
import { gotrueUnreadableUsers } from './gotrue-columns';

let db: ScratchDatabase;
beforeAll(async () => {
  db = await createScratchDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const withPostgres = <T>(work: (client: pg.Client) => Promise<T>) => withClient(db.url, work);

describe.sequential('the project on a hosted-like platform, as postgres', () => {
  it('connects as the hosted postgres role, which is not a superuser', async () => {
    expect(await sql('select current_user as user, rolsuper from pg_roles where rolname = current_user', [], db.url)).toEqual([
      { user: 'postgres', rolsuper: false },
    ]);
  });

  it('applies every migration', async () => {
    const applied = await applyMigrations(db.url, MIGRATIONS_DIR);
    expect(applied.length).toBeGreaterThan(20);
  });

  it('applies seed.sql, and GoTrue can read every seeded user', async () => {
    expect(await applySeed(db.url, SEED_FILE)).toBe(true);
    await withPostgres(async (client) => {
      expect(await gotrueUnreadableUsers(client)).toEqual([]);
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from auth.identities');
      expect(rows[0]!.n).toBeGreaterThanOrEqual(8);
    });
  });

  it('generates the small demo data set, and GoTrue can read every demo user', async () => {
    const result = await seedDemo(db.url, 'small');
    expect(result.orders).toBeGreaterThan(0);
    await withPostgres(async (client) => {
      const { rows } = await client.query<{ n: number }>(
        "select count(*)::int as n from auth.users where substr(id::text, 20, 4) = 'de00'",
      );
      expect(rows[0]!.n).toBeGreaterThan(0);
      expect(await gotrueUnreadableUsers(client)).toEqual([]);
    });
  });

  it('applies every rollback, newest first', async () => {
    const files = rollbackFiles(ROLLBACKS_DIR);
    expect(files.length).toBeGreaterThan(20);
    await withPostgres(async (client) => {
      for (const file of files) {
        try {
          await client.query('begin');
          await client.query(readFileSync(file, 'utf8'));
          await client.query('commit');
        } catch (error) {
          await client.query('rollback').catch(() => undefined);
          throw new Error(`rollback ${path.basename(file)} failed as postgres: ${(error as Error).message}`);
        }
      }
    });
  });
});
