/**
 * The pre-flight on a populated v1 (the small demo data set in the v1 shape): it passes as is, and
 * each problem of issue 14 (and each kind of finding) makes it refuse or warn, naming the rows.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScratchDatabase } from '../testing/context';
import { applyMigrations } from '../services/migrations';
import { ROOT_DIR } from '../config';
import { runPreflight, type PreflightResult } from './preflight';
import { copyOf, populatedV1 } from './test-support';

const run = promisify(execFile);
const finding = (r: PreflightResult, id: string) => r.findings.find((f) => f.id === id);

describe('pre-flight', () => {
  let v1: ScratchDatabase;
  const copies: ScratchDatabase[] = [];
  const withChange = async (change: string) => {
    const db = await copyOf(v1, change);
    copies.push(db);
    return { db, result: await runPreflight(db.url) };
  };

  beforeAll(async () => {
    v1 = await populatedV1();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(copies.map((c) => c.drop()));
    await v1?.drop();
  });

  it('passes on a populated v1, noting only the v1 documents bucket it keeps', async () => {
    const result = await runPreflight(v1.url);
    expect(result.findings.filter((f) => f.level === 'refuse')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(finding(result, 'preflight.names-kept')?.rows).toEqual([
      expect.objectContaining({ kind: 'bucket', name: 'documents', handling: 'ledgered' }),
    ]);
  });

  it('refuses a public documents bucket (issue 14 #2)', async () => {
    const { result } = await withChange(`update storage.buckets set public = true where id = 'documents'`);
    expect(result.ok).toBe(false);
    expect(finding(result, 'preflight.public-bucket')).toMatchObject({
      level: 'refuse',
      rows: [expect.objectContaining({ id: 'documents' })],
    });
  });

  it('refuses columns the migrations add that already hold data, with their ids (issue 14 #4)', async () => {
    const { db, result } = await withChange(`
      alter table public.profiles add column email text;
      update public.profiles set email = 'kept@example.com' where id = 'c0000000-0000-4000-8000-000000000001';
      alter table public.agents add column email text;`);
    const f = finding(result, 'preflight.columns-with-data');
    expect(f).toMatchObject({ level: 'refuse', count: 1 });
    expect(f!.rows).toContainEqual({ column: 'profiles.email', id: 'c0000000-0000-4000-8000-000000000001', value: 'kept@example.com' });
    expect(f!.detail).not.toMatch(/agents\.email/); // empty: only kept
    // A person who has looked at them can accept them: the finding then warns.
    const accepted = await runPreflight(db.url, { accept: ['preflight.columns-with-data'] });
    expect(accepted.ok).toBe(true);
    expect(finding(accepted, 'preflight.columns-with-data')).toMatchObject({ level: 'warn', detail: expect.stringMatching(/^accepted/) });
    expect(finding(result, 'preflight.names-kept')!.rows).toContainEqual(
      expect.objectContaining({ name: 'public.agents.email', handling: 'ledgered' }),
    );
  });

  it('refuses rows a new constraint would reject, with their ids', async () => {
    const { result } = await withChange(`
      alter table public.dossier_status_history alter column status drop not null;
      update public.dossier_status_history set status = null
       where id = (select id from public.dossier_status_history order by id limit 1);`);
    const f = finding(result, 'preflight.rows.history-status-present');
    expect(f).toMatchObject({ level: 'refuse', count: 1 });
    expect(f!.rows[0]).toHaveProperty('id');
    expect(result.ok).toBe(false);
  });

  it('refuses keys too large for a new btree index and warns on payloads whose dossier_id is no uuid (issue 14 #3)', async () => {
    const { result } = await withChange(`
      update public.events set entity_type = (select string_agg(md5(random()::text || g), '') from generate_series(1, 120) g)
       where id = (select id from public.events order by id limit 1);
      update public.events set payload = jsonb_set(payload, '{dossier_id}', to_jsonb(repeat('x', 3000)))
       where id = (select id from public.events order by id offset 1 limit 1);`);
    expect(finding(result, 'preflight.rows.index-key-size.idx_events_entity')).toMatchObject({ level: 'refuse', count: 1 });
    expect(finding(result, 'preflight.rows.event-payload-dossier-id')).toMatchObject({
      level: 'warn',
      count: 1,
      rows: [expect.objectContaining({ bytes: 3000 })],
    });
  });

  it('says how each name the migrations would create is handled: kept or conflict', async () => {
    const { result } = await withChange(`
      create function public.get_my_role() returns text language sql as $$ select 'v1' $$;
      create index idx_dossiers_status on public.dossiers (status);
      create index idx_events_created_at on public.events (entity_id);
      create table public.products (id uuid primary key);`);
    const conflict = finding(result, 'preflight.names-conflict')!;
    expect(conflict.level).toBe('refuse');
    expect(conflict.rows.map((r) => `${r.kind} ${r.name}`).sort()).toEqual([
      'function public.get_my_role',
      'index public.idx_events_created_at',
      'table public.products',
    ]);
    expect(finding(result, 'preflight.names-kept')!.rows).toContainEqual(
      expect.objectContaining({ kind: 'index', name: 'public.idx_dossiers_status', handling: 'ledgered' }),
    );
  });

  it('refuses a v1 whose shape is not the baseline, and a database already migrated', async () => {
    const { result } = await withChange(
      `alter table public.profiles drop column phone; alter table public.messages alter column body type varchar(200)`,
    );
    expect(finding(result, 'preflight.v1-shape')!.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'profiles', column: 'phone', found: null }),
        expect.objectContaining({ table: 'messages', column: 'body', expected: 'text', found: 'character varying(200)' }),
      ]),
    );
    const migrated = await copyOf(v1);
    copies.push(migrated);
    await applyMigrations(migrated.url, `${ROOT_DIR}/supabase/migrations`);
    expect(finding(await runPreflight(migrated.url), 'preflight.not-migrated')?.level).toBe('refuse');
  }, 120_000);

  it('npm run db:preflight exits 0 on a clean v1 and 1 naming the finding on a refused one', async () => {
    const ok = await run('npx', ['tsx', 'stack/cli/db-preflight.ts', '--db-url', v1.url], { cwd: ROOT_DIR });
    expect(ok.stdout).toMatch(/Pre-flight passed/);
    const { db } = await withChange(`update storage.buckets set public = true where id = 'documents'`);
    const refused = await run('npx', ['tsx', 'stack/cli/db-preflight.ts', '--db-url', db.url], { cwd: ROOT_DIR }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stdout: string }).stdout).toMatch(/REFUSE preflight\.public-bucket/);
    const bad = await run('npx', ['tsx', 'stack/cli/db-preflight.ts', '--db-url', 'nope'], { cwd: ROOT_DIR }).catch(
      (e: { code: number }) => e,
    );
    expect(bad).toMatchObject({ code: 2 });
  }, 60_000);
});
