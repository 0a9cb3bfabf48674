/**
 * `npm run db:rehearse` end to end, each run in its own scratch PostgreSQL 17: a populated v1 from
 * a plain dump file and from a URL passes and writes both reports; the source is never written;
 * a revert that loses v1 data (each loss of issue 14, put back on purpose in a copy of the
 * rollbacks) or a pre-flight refusal fails it, naming the finding; a custom dump this machine's
 * pg_restore cannot read is refused with both versions named.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config';
import { applyV1Baseline } from '../demo/v1-shape';
import { createScratchDatabase, sql, type ScratchDatabase } from '../testing/context';
import { dirtyV1Sql } from '../../supabase/tests/fixtures/dirty-v1';
import { writePlainDump } from './copy-database';
import { rehearse, type Report } from './rehearse';
import { writeReport } from './write-report';
import { copyOf, populatedV1 } from './test-support';

const run = promisify(execFile);
const TIMEOUT = 400_000;
const checkOf = (r: Report, id: string) => r.checks.find((c) => c.id === id);
const RANDOM_3KB = `(select string_agg(md5(random()::text || g), '') from generate_series(1, 100) g)`;

async function fingerprint(url: string): Promise<string> {
  const [row] = await sql<{ f: string }>(
    `
    select md5(string_agg(format('%s:%s', table_name, n), ',' order by table_name)) as f from (
      select table_name, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from public.%I', table_name), false, true, '')))[1]::text as n
      from information_schema.tables where table_schema = 'public') x`,
    [],
    url,
  );
  const [ddl] = await sql<{ f: string }>(
    `select md5(string_agg(format('%s.%s', table_name, column_name), ',' order by 1)) as f from information_schema.columns where table_schema = 'public'`,
    [],
    url,
  );
  return `${row!.f}/${ddl!.f}`;
}

describe('db:rehearse', () => {
  let v1: ScratchDatabase;
  const dbs: ScratchDatabase[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rehearse-test-'));

  beforeAll(async () => {
    v1 = await populatedV1();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.drop()));
    await v1?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'passes on a plain dump of a populated v1 and writes report.json and report.html (CLI, exit 0)',
    async () => {
      const dump = path.join(dir, 'v1.sql');
      await writePlainDump(v1.url, dump);
      expect(readFileSync(dump, 'utf8')).toMatch(/COPY "public"\."dossiers" \(.*\) FROM stdin;\n/);
      const reportDir = path.join(dir, 'plain');
      const { stdout } = await run('npx', ['tsx', 'stack/cli/db-rehearse.ts', '--from', dump, '--report', reportDir], {
        cwd: ROOT_DIR,
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(stdout).toMatch(/PASSED/);
      const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as Report;
      expect(report.ok).toBe(true);
      expect(report.source.kind).toBe('plain');
      expect(report.checks.length).toBeGreaterThan(40);
      for (const c of report.checks) expect(c).toEqual({ id: expect.any(String), ok: true, detail: expect.any(String) });
      for (const id of [
        'restore',
        'migrate',
        'verify.preserved-v1-columns',
        'verify.backfill.document_versions.version_number',
        'verify.constraints-validated',
        'revert.ran',
        'revert.catalog-equals-v1',
        'revert.rows-equal-v1',
        'remigrate',
        'remigrate.db-verify',
      ]) {
        expect(checkOf(report, id), id).toBeDefined();
      }
      expect(report.checks.some((c) => c.id.startsWith('verify.db-verify.'))).toBe(true);
      expect(report.checks.some((c) => c.id.startsWith('preflight.'))).toBe(true);
      expect(report.statements.length).toBeGreaterThan(100);
      expect(report.statements[0]).toEqual({
        file: expect.stringMatching(/^2025\d{10}_.+\.sql$/),
        statement: expect.any(String),
        ms: expect.any(Number),
        locks: expect.any(Array),
      });
      const locked = report.statements.find((s) => s.statement.includes('create index if not exists idx_events_entity '))!;
      expect(locked.locks).toContainEqual({ table: 'public.events', mode: 'ShareLock', heldMs: expect.any(Number), created: false });
      expect(report.locks.map((l) => l.table)).toContain('public.events');
      expect(report.rows['public.dossiers']).toBeGreaterThan(50);
      const html = readFileSync(path.join(reportDir, 'report.html'), 'utf8');
      const order = ['id="summary"', 'id="slowest"', 'id="locks"', 'id="findings"'].map((s) => html.indexOf(s));
      expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
      expect(html).toMatch(/PASSED/);
    },
    TIMEOUT,
  );

  it(
    'passes from a postgres URL and never writes to the source',
    async () => {
      const before = await fingerprint(v1.url);
      const report = await rehearse({ from: v1.url, longLockMs: 0 });
      expect(report.source.kind).toBe('url');
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      expect(report.ok).toBe(true);
      expect(await fingerprint(v1.url)).toBe(before);
      // With the threshold at 0 every blocking lock on an existing table gets its production advice:
      // the indexes get the concurrent path with the same name and definition.
      const advice = report.advice.find((a) => a.table === 'public.events' && a.beforehand?.includes('idx_events_entity'));
      expect(advice?.beforehand).toBe(
        'create index concurrently if not exists idx_events_entity on public.events (entity_type, entity_id, created_at desc);',
      );
    },
    TIMEOUT,
  );

  it(
    'fails, naming each loss, when the rollbacks lose v1 data (issue 14 #1, #3, #4, #5 put back on purpose)',
    async () => {
      const source = await copyOf(
        v1,
        `
      alter table public.profiles add column email text;
      update public.profiles set email = 'v1-' || id || '@example.com';
      update public.events set payload = jsonb_set(payload, '{dossier_id}', to_jsonb(${RANDOM_3KB}))
       where id = (select id from public.events order by id limit 1);
      update public.step_instances set status = '<script>alert(1)</script>' where id = (select id from public.step_instances order by id limit 1);`,
      );
      dbs.push(source);
      const rollbacks = path.join(dir, 'broken-rollbacks');
      cpSync(path.join(ROOT_DIR, 'supabase', 'rollbacks'), rollbacks, { recursive: true });
      const file = (version: string) =>
        path.join(
          rollbacks,
          readdirSync(rollbacks).find((f) => f.startsWith(`${version}_`))!,
        );
      // The platform refuses plain SQL deletes of Storage rows (as hosted does): the broken revert
      // sets the flag the Storage API sets, as the old rollback effectively did.
      appendFileSync(
        file('20250601000400'),
        `\nselect set_config('storage.allow_delete_query', 'true', true);\ndelete from storage.objects where bucket_id = 'documents';\ndelete from storage.buckets where id = 'documents';\n`,
      );
      appendFileSync(file('20250601000140'), `\nalter table public.profiles drop column if exists email;\n`);
      writeFileSync(file('20250601000220'), `select migration_ledger.revert('20250601000220');\n`);
      appendFileSync(
        file('20250601000100'),
        `\ncreate index idx_events_payload_dossier_id on public.events ((payload ->> 'dossier_id'));\n`,
      );
      const report = await rehearse({ from: source.url, rollbacksDir: rollbacks, accept: ['preflight.columns-with-data'] });
      expect(report.ok).toBe(false);
      expect(checkOf(report, 'migrate')!.ok).toBe(true);
      expect(checkOf(report, 'revert.ran')).toMatchObject({ ok: false, detail: expect.stringMatching(/20250601000100.*index row size/) });
      const differences = report.differences.afterRevert.join('\n');
      expect(differences).toMatch(/rows storage\.buckets: 1 rows -> 0/); // #1 the v1 bucket deleted
      expect(differences).toMatch(/columns public\.profiles\.email: missing/); // #4 the v1 column dropped
      expect(differences).toMatch(/rows public\.profiles\.email: column missing/);
      expect(differences).toMatch(/(columnGrants|tableGrants) public\.\w+.*(anon|authenticated)/); // #5 privileges left
      expect(report.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['revert.failed', 'revert.differs-from-v1']));
      const html = readFileSync(writeReport(report, path.join(dir, 'broken')).html, 'utf8');
      expect(html).toMatch(/FAILED/);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<script>');
    },
    TIMEOUT,
  );

  it(
    'fails when a migration writes a v1 column or a backfill is wrong (migrations changed on purpose)',
    async () => {
      const migrations = path.join(dir, 'broken-migrations');
      cpSync(path.join(ROOT_DIR, 'supabase', 'migrations'), migrations, { recursive: true });
      const file = path.join(
        migrations,
        readdirSync(migrations).find((f) => f.startsWith('20250601000150_'))!,
      );
      appendFileSync(
        file,
        `\nupdate public.profiles set full_name = upper(full_name) where full_name is not null;
update public.document_versions set version_number = version_number + 1;\n`,
      );
      const report = await rehearse({ from: v1.url, migrationsDir: migrations });
      expect(report.ok).toBe(false);
      expect(checkOf(report, 'verify.preserved-v1-columns')).toMatchObject({
        ok: false,
        detail: expect.stringContaining('public.profiles.full_name: values differ'),
      });
      expect(checkOf(report, 'verify.backfill.document_versions.version_number')).toMatchObject({ ok: false });
      const wrong = report.findings.find((f) => f.id === 'verify.backfill.document_versions.version_number')!;
      expect(wrong.rows[0]).toEqual(
        expect.objectContaining({ id: expect.any(String), version_number: expect.any(Number), expected: expect.anything() }),
      );
      expect(checkOf(report, 'verify.backfill.dossiers.product_id')).toMatchObject({ ok: true });
    },
    TIMEOUT,
  );

  it(
    'fails on the dirty v1 fixture with the pre-flight findings named, and its revert gives v1 back',
    async () => {
      const dirty = await createScratchDatabase();
      dbs.push(dirty);
      await applyV1Baseline(dirty.url);
      await sql(dirtyV1Sql({ rows: 60 }), [], dirty.url);
      const report = await rehearse({ from: dirty.url });
      expect(report.ok).toBe(false);
      const byId = new Map(report.findings.map((f) => [f.id, f]));
      expect(byId.get('preflight.public-bucket')).toMatchObject({ level: 'refuse', rows: [expect.objectContaining({ id: 'documents' })] });
      expect(byId.get('preflight.columns-with-data')).toMatchObject({ level: 'refuse' });
      expect(byId.get('preflight.columns-with-data')!.detail).toMatch(/profiles\.email/);
      expect(byId.get('preflight.rows.event-payload-dossier-id')).toMatchObject({ level: 'warn' });
      // The rollbacks themselves give this v1 back exactly (area 5's fixes), and the chain runs again.
      for (const id of ['migrate', 'revert.ran', 'revert.catalog-equals-v1', 'revert.rows-equal-v1', 'remigrate', 'remigrate.db-verify']) {
        expect(checkOf(report, id), `${id}: ${checkOf(report, id)?.detail}`).toMatchObject({ ok: true });
      }
    },
    TIMEOUT,
  );

  it('refuses a custom dump this machine cannot read, naming the pg_dump and pg_restore versions (exit 2)', async () => {
    const file = path.join(dir, 'v17.dump');
    const int = (v: number) => Buffer.from([0, v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >> 24) & 255]);
    const str = (s: string) => Buffer.concat([int(Buffer.byteLength(s)), Buffer.from(s)]);
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('PGDMP'),
        Buffer.from([1, 16, 0, 4, 8, 1, 0]),
        ...[0, 0, 12, 1, 5, 126, 0].map(int),
        str('postgres'),
        str('17.4'),
        str('17.4'),
        Buffer.alloc(64),
      ]),
    );
    const result = await run('npx', ['tsx', 'stack/cli/db-rehearse.ts', '--from', file], { cwd: ROOT_DIR }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(result).toMatchObject({ code: 2 });
    const stderr = (result as { stderr: string }).stderr;
    const local = (await run('pg_restore', ['--version'])).stdout.match(/(\d+\.\d+)/)![1]!;
    expect(stderr).toContain('pg_dump 17.4 (archive format 1.16.0)');
    expect(stderr).toContain(`pg_restore ${local} on this machine cannot read it`);
    expect(existsSync(path.join(ROOT_DIR, 'rehearsal-report'))).toBe(false);
  }, 60_000);
});
