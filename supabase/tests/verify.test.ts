/** `npm run db:verify`: passes on a migrated database, names what is wrong on a broken one. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../../stack/testing/context';
import { parseDbUrl, preflightDatabase, verifyDatabase } from '../../stack/cli/db-verify';
import { readFileSync } from 'node:fs';
import { BASELINE_VERSION, MIGRATIONS_DIR, applyMigrations, applyMigrationsUpTo, query, runScript } from './migrations-support';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (url: string) =>
  run(path.join(ROOT, 'node_modules/.bin/tsx'), ['stack/cli/db-verify.ts', '--db-url', url], { cwd: ROOT }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );

describe('db:verify', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await createScratchDatabase();
    await applyMigrations(db.url, MIGRATIONS_DIR);
  });
  afterAll(async () => db?.drop());

  it('passes every check on a fully migrated database and changes nothing', async () => {
    const before = await query(
      db.url,
      'select (select count(*) from products)::int as p, (select count(*) from payment_links)::int as l, (select count(*) from events)::int as e',
    );
    const results = await verifyDatabase(db.url);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(
      await query(
        db.url,
        'select (select count(*) from products)::int as p, (select count(*) from payment_links)::int as l, (select count(*) from events)::int as e',
      ),
    ).toEqual(before);
    const { code, out } = await cli(db.url);
    expect(code).toBe(0);
    expect(out).toMatch(/PASS {2}RLS enabled on every public table/);
    expect(out).not.toMatch(/FAIL/);
  });

  it('fails and names the table without RLS, the missing index and the missing trigger', async () => {
    const broken = await createScratchDatabase();
    try {
      await applyMigrations(broken.url, MIGRATIONS_DIR);
      await query(
        broken.url,
        `alter table public.steps disable row level security;
        drop index public.idx_events_created_at; drop trigger dossier_created on public.dossiers;
        create index idx_dup_orders_status on public.orders (status)`,
      );
      const results = await verifyDatabase(broken.url);
      const failed = Object.fromEntries(results.filter((r) => !r.ok).map((r) => [r.name, r.detail]));
      expect(failed['RLS enabled on every public table']).toContain('steps');
      expect(failed['All indexes created']).toContain('idx_events_created_at');
      expect(failed['All triggers active']).toContain('dossiers.dossier_created');
      expect(failed['No duplicate indexes']).toContain('idx_dup_orders_status');
      expect(failed['Sample product, payment link and dossier (rolled back)']).toMatch(/events\/history not written/);
      const { code, out } = await cli(broken.url);
      expect(code).toBe(1);
      expect(out).toMatch(/FAIL {2}RLS enabled on every public table: RLS disabled on: steps/);
    } finally {
      await broken.drop();
    }
  });

  it('fails on a v1 database', async () => {
    const v1 = await createScratchDatabase();
    try {
      await applyMigrationsUpTo(v1.url, BASELINE_VERSION);
      const results = await verifyDatabase(v1.url);
      const failed = results.filter((r) => !r.ok).map((r) => r.name);
      expect(failed).toEqual(expect.arrayContaining(['All migrations applied', 'All tables exist', 'Utility functions answer']));
    } finally {
      await v1.drop();
    }
  });

  it('pre-flight: passes on the dirty v1 fixture, names what would go wrong on a surprising v1', async () => {
    const v1 = await createScratchDatabase();
    try {
      await applyMigrationsUpTo(v1.url, BASELINE_VERSION);
      await runScript(v1.url, readFileSync(path.join(import.meta.dirname, 'migrations-v1-fixture.sql'), 'utf8'));
      expect((await preflightDatabase(v1.url)).filter((r) => !r.ok)).toEqual([]);

      await runScript(
        v1.url,
        `create index idx_events_created_at on public.events (created_at);
        update public.step_instances set status = 'done' where id = '66666666-0000-4000-8000-000000000001';`,
      );
      const failed = Object.fromEntries((await preflightDatabase(v1.url)).filter((r) => !r.ok).map((r) => [r.name, r.detail]));
      expect(failed).toEqual({
        'No v2 index name already taken by another definition': expect.stringContaining('idx_events_created_at'),
        'Known step instance statuses': 'unexpected: done (1)',
      });
    } finally {
      await v1.drop();
    }
  });

  it('reports an unreachable database as a failure', async () => {
    const results = await verifyDatabase('postgresql://postgres:postgres@127.0.0.1:1/none');
    expect(results).toEqual([expect.objectContaining({ name: 'Connect to the database', ok: false })]);
  });

  it('takes the URL from --db-url, then DATABASE_URL, then the local stack', () => {
    expect(parseDbUrl(['--db-url', 'postgresql://a'], {})).toBe('postgresql://a');
    expect(parseDbUrl(['--db-url=postgresql://b'], { DATABASE_URL: 'postgresql://c' })).toBe('postgresql://b');
    expect(parseDbUrl([], { DATABASE_URL: 'postgresql://c' })).toBe('postgresql://c');
    expect(parseDbUrl([], {})).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(() => parseDbUrl(['--db-url'], {})).toThrow(/needs a value/);
  });
});
