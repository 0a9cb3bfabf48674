/**
 * The rehearsal of the v1 -> v2 move on a copy (`npm run db:rehearse`): restore the source into a
 * scratch PostgreSQL 17, pre-flight, migrate as `supabase db push` would (timing each statement and
 * its locks), verify, revert newest first and compare with the restored v1, migrate again, report.
 */
import path from 'node:path';
import { ROOT_DIR } from '../config';
import { withClient } from '../database';
import { verifyDatabase } from '../cli/db-verify';
import { seedDemoV1 } from '../demo/v1-shape';
import type { DemoScaleName } from '../demo/scales';
import { diffSnapshots, listTables, snapshotCatalog, type RowsSnapshot, type Snapshot, type TableSpec } from '../migrate/snapshot';
import { BACKFILL_RULES } from './backfill-rules';
import { lockAdvice, type LockAdvice } from './lock-advice';
import { createdNames } from './migration-names';
import { BASELINE_VERSION, runPreflight, type Check, type Finding } from './preflight';
import { prepareSource, restoreSource, type PreparedSource, type SourceKind } from './restore-source';
import { revertMigrations, type RevertResult } from './revert';
import { startScratchServer } from './scratch-server';
import {
  applyMigrationsTimed,
  longestLockPerTable,
  markApplied,
  type FileTiming,
  type StatementTiming,
  type TableLock,
} from './timed-migrate';
import { preservedColumns } from './v1-schema';
import { rowChecksums } from './row-checksums';

export interface RehearsalOptions {
  /** a plain or custom pg_dump file, or a postgresql:// URL */
  from?: string;
  /** instead of --from: the demo data set of this scale in the v1 shape */
  demo?: DemoScaleName;
  migrationsDir?: string;
  rollbacksDir?: string;
  /** a blocking lock held at least this long on an existing table gets production advice (default 1000 ms) */
  longLockMs?: number;
  /** pre-flight finding ids accepted by a person (they warn instead of refusing) */
  accept?: string[];
  log?: (line: string) => void;
}

export interface Report {
  ok: boolean;
  source: { kind: SourceKind | 'demo'; from: string };
  startedAt: string;
  totalMs: number;
  phases: { id: string; ms: number }[];
  checks: Check[];
  findings: Finding[];
  statements: StatementTiming[];
  files: FileTiming[];
  locks: TableLock[];
  advice: LockAdvice[];
  revert?: RevertResult;
  /** rows per table of the restored v1 */
  rows: Record<string, number>;
  differences: { afterMigrate: string[]; afterRevert: string[] };
}

const SAMPLE = 10;
export const redact = (from: string) => from.replace(/:[^:@/]*@/, ':***@');
const CATALOG_SCHEMAS = ['public', 'private', 'payments', 'auth', 'storage', 'supabase_migrations'];
const PLATFORM_TABLES = ['auth.users', 'storage.buckets', 'storage.objects'];

/** The whole v1 database as a snapshot: catalog + every row of public and the platform tables. */
async function snapshotV1(url: string): Promise<Snapshot> {
  return withClient(url, async (c) => {
    const tables = [...(await listTables(c, ['public'])), ...PLATFORM_TABLES];
    return { catalog: await snapshotCatalog(c, { schemas: CATALOG_SCHEMAS }), rows: await rowChecksums(c, tables) };
  });
}

/** The v1 columns of the v1 tables of a migrated database, keyed by their v1 name. */
async function snapshotPreservedV2(url: string): Promise<RowsSnapshot> {
  return withClient(url, async (c) => {
    const existing = new Set(await listTables(c, ['public']));
    const specs: TableSpec[] = [];
    for (const [table, cols] of Object.entries(preservedColumns())) {
      if (existing.has(`public.${table}`)) specs.push({ table: `public.${table}`, columns: cols.map((col) => col.v2) });
    }
    const rows = await rowChecksums(c, specs);
    for (const [table, snap] of Object.entries(rows)) {
      const v1Name = Object.fromEntries(preservedColumns()[table.replace(/^public\./, '')]!.map((col) => [col.v2, col.v1]));
      snap.columns = Object.fromEntries(Object.entries(snap.columns).map(([col, sum]) => [v1Name[col] ?? col, sum]));
    }
    return rows;
  });
}

/** Row counts and v1 column checksums that differ between the restored v1 and the migrated database. */
export function preservedDifferences(v1: RowsSnapshot, migrated: RowsSnapshot): string[] {
  const out: string[] = [];
  for (const [table, cols] of Object.entries(preservedColumns())) {
    const before = v1[`public.${table}`];
    const after = migrated[`public.${table}`];
    if (!before) continue;
    if (!after) {
      out.push(`public.${table}: table missing after the migration`);
      continue;
    }
    if (before.count !== after.count) out.push(`public.${table}: ${before.count} rows -> ${after.count}`);
    for (const { v1: column } of cols) {
      if (!(column in before.columns)) continue;
      if (!(column in after.columns)) out.push(`public.${table}.${column}: column missing after the migration`);
      else if (before.columns[column] !== after.columns[column]) out.push(`public.${table}.${column}: values differ`);
    }
  }
  return out;
}

/** Enum types whose v1 labels are all kept in order, with labels added (what a revert cannot undo). */
export function enumLabelsAdded(before: Snapshot, after: Snapshot): { type: string; added: string }[] {
  const key = (r: Record<string, unknown>) => `${String(r.schema)}.${String(r.name)}`;
  const now = new Map((after.catalog?.types ?? []).map((r) => [key(r), r]));
  const out: { type: string; added: string }[] = [];
  for (const old of before.catalog?.types ?? []) {
    const cur = now.get(key(old));
    const a = old.labels as string[] | null;
    const b = cur?.labels as string[] | null | undefined;
    if (!a || !b || JSON.stringify(a) === JSON.stringify(b)) continue;
    const kept = b.filter((l) => a.includes(l));
    const { labels: _a, ...restOld } = old;
    const { labels: _b, ...restNew } = cur!;
    if (JSON.stringify(kept) === JSON.stringify(a) && JSON.stringify(restOld) === JSON.stringify(restNew)) {
      out.push({ type: key(old), added: b.filter((l) => !a.includes(l)).join(', ') });
    }
  }
  return out;
}

/** Storage bucket rows as text, by id (empty when there is no Storage schema). */
async function bucketRows(url: string): Promise<Map<string, string>> {
  return withClient(url, async (c) => {
    if (!(await c.query(`select to_regclass('storage.buckets') as t`)).rows[0]!.t) return new Map();
    const { rows } = await c.query<{ id: string; row: string }>(`select b.id, b::text as row from storage.buckets b`);
    return new Map(rows.map((r) => [r.id, r.row]));
  });
}

/** Buckets present now that v1 did not have, all created by the migrations, v1's buckets unchanged. */
async function bucketsLeftByDesign(url: string, v1Buckets: Map<string, string>, migrationsDir: string): Promise<string[]> {
  const now = await bucketRows(url);
  const created = new Set(
    createdNames(migrationsDir, BASELINE_VERSION)
      .filter((n) => n.kind === 'bucket')
      .map((n) => n.name),
  );
  for (const [id, row] of v1Buckets) if (now.get(id) !== row) return [];
  const extra = [...now.keys()].filter((id) => !v1Buckets.has(id));
  return extra.every((id) => created.has(id)) ? extra : [];
}

async function sampleRows(url: string, sql: string): Promise<{ count: number; rows: Record<string, unknown>[] }> {
  return withClient(url, async (c) => {
    const count = Number((await c.query<{ n: string }>(`select count(*) as n from (${sql}) x`)).rows[0]!.n);
    const rows = count ? (await c.query(`select * from (${sql}) x limit ${SAMPLE}`)).rows : [];
    return { count, rows };
  });
}

export async function rehearse(options: RehearsalOptions): Promise<Report> {
  const log = options.log ?? (() => undefined);
  const migrationsDir = options.migrationsDir ?? path.join(ROOT_DIR, 'supabase', 'migrations');
  const rollbacksDir = options.rollbacksDir ?? path.join(ROOT_DIR, 'supabase', 'rollbacks');
  if (!options.from && !options.demo) throw new Error('--from <dump file | postgresql:// URL> is required');
  const started = performance.now();
  const report: Report = {
    ok: false,
    source: {
      kind: options.demo ? 'demo' : 'plain',
      from: options.demo ? `demo data set ${options.demo} (v1 shape)` : redact(options.from!),
    },
    startedAt: new Date().toISOString(),
    totalMs: 0,
    phases: [],
    checks: [],
    findings: [],
    statements: [],
    files: [],
    locks: [],
    advice: [],
    rows: {},
    differences: { afterMigrate: [], afterRevert: [] },
  };
  const check = (id: string, ok: boolean, detail: string) => {
    report.checks.push({ id, ok, detail });
    if (!ok) log(`  FAIL ${id}: ${detail.slice(0, 300)}`);
  };
  const phase = async <T>(id: string, label: string, fn: () => Promise<T>): Promise<T> => {
    log(`${label}…`);
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      const ms = Math.round(performance.now() - t0);
      report.phases.push({ id, ms });
      log(`${label}: ${(ms / 1000).toFixed(1)} s`);
    }
  };

  let source: PreparedSource | undefined = options.from ? await prepareSource(options.from, log) : undefined;
  log('starting a scratch PostgreSQL 17');
  const server = await startScratchServer();
  try {
    const url = await server.createDatabase('rehearsal');
    if (options.demo) {
      const sourceUrl = await server.createDatabase('demo_source');
      await phase('demo', `generating the ${options.demo} demo data set in the v1 shape`, () =>
        seedDemoV1(sourceUrl, options.demo!, { log }),
      );
      source = { kind: 'url', input: sourceUrl, cleanup: () => undefined };
    }

    // 1. Restore.
    const restored = await phase('restore', 'restoring the source into the scratch database', () => restoreSource(source!, url, log));
    if (!options.demo) report.source.kind = restored.kind;
    check(
      'restore',
      restored.errors.length === 0,
      restored.errors.length
        ? `${restored.errors.length} error(s): ${restored.errors.slice(0, 5).join(' | ')}`
        : `${restored.kind} source restored${restored.tolerated.length ? ` (${restored.tolerated.length} "already exists" for platform objects ignored)` : ''}`,
    );
    const baseline = path.join(migrationsDir, `${BASELINE_VERSION}_v1_baseline.sql`);
    const marked = await markApplied(url, baseline);
    check(
      'baseline-marked-applied',
      true,
      marked
        ? 'v1 baseline recorded as applied (supabase migration repair --status applied 20240101000000)'
        : 'v1 baseline already recorded',
    );

    // 2. Pre-flight.
    const preflight = await phase('preflight', 'pre-flight', () => runPreflight(url, { migrationsDir, accept: options.accept }));
    report.checks.push(...preflight.checks);
    report.findings.push(...preflight.findings);
    for (const f of preflight.findings) log(`  ${f.level === 'refuse' ? 'REFUSE' : 'warn'} ${f.id}: ${f.title} (${f.count})`);

    const v1Buckets = await bucketRows(url);
    const v1 = await phase('snapshot', 'snapshot of the restored v1 (catalog, row and column checksums)', () => snapshotV1(url));
    report.rows = Object.fromEntries(Object.entries(v1.rows ?? {}).map(([t, r]) => [t, r.count]));

    // 3. Migrate, timed.
    let migrated = false;
    await phase('migrate', 'applying the v2 migrations', async () => {
      try {
        const run = await applyMigrationsTimed(url, migrationsDir, {
          onFile: (f) => log(`  ${f.file} ${f.ms} ms (${f.statements} statements)`),
          onStillRunning: (file, statement, ms) => log(`  … ${file}: "${statement.slice(0, 80)}" running for ${Math.round(ms / 1000)} s`),
        });
        report.files = run.files;
        report.statements = run.statements;
        migrated = true;
        check('migrate', true, `${run.files.length} migration(s) applied`);
      } catch (error) {
        check('migrate', false, (error as Error).message);
      }
    });
    report.locks = longestLockPerTable(report.statements);
    report.advice = lockAdvice(report.statements, options.longLockMs ?? 1000);

    // 4. Verify.
    if (migrated) {
      await phase('verify', 'verifying the migrated database', async () => {
        const diff = preservedDifferences(v1.rows ?? {}, await snapshotPreservedV2(url));
        report.differences.afterMigrate = diff;
        const tables = Object.keys(preservedColumns()).filter((t) => v1.rows?.[`public.${t}`]);
        const columns = tables.reduce((n, t) => n + preservedColumns()[t]!.length, 0);
        check(
          'verify.preserved-v1-columns',
          diff.length === 0,
          diff.length
            ? `${diff.length} difference(s): ${diff.slice(0, 10).join('; ')}`
            : `${columns} v1 columns of ${tables.length} tables: same row counts and checksums`,
        );
        if (diff.length) {
          report.findings.push({
            id: 'verify.preserved-v1-columns',
            level: 'refuse',
            title: 'The migration changed v1 data',
            detail: `${diff.length} difference(s)`,
            count: diff.length,
            rows: diff.slice(0, 50).map((d) => ({ difference: d })),
          });
        }
        for (const rule of BACKFILL_RULES) {
          const { count, rows } = await sampleRows(url, rule.sql);
          const id = `verify.backfill.${rule.id}`;
          check(id, count === 0, count ? `${count} row(s) wrong: ${rule.title}` : rule.title);
          if (count) report.findings.push({ id, level: 'refuse', title: `Backfill wrong: ${rule.id}`, detail: rule.title, count, rows });
        }
        const unvalidated = await sampleRows(
          url,
          `
          select format('%s.%s', conrelid::regclass, conname) as constraint from pg_constraint
          where connamespace = 'public'::regnamespace and not convalidated`,
        );
        check(
          'verify.constraints-validated',
          unvalidated.count === 0,
          unvalidated.count
            ? `not validated: ${unvalidated.rows.map((r) => r.constraint).join(', ')}`
            : 'every public constraint is validated',
        );
        for (const r of await verifyDatabase(url)) check(`verify.db-verify.${slug(r.name)}`, r.ok, `${r.name}: ${r.detail}`);
      });
    }

    // 5. Revert newest first, compare with the restored v1, migrate again.
    await phase('revert', 'reverting newest first (supabase/rollbacks)', async () => {
      const revert = await revertMigrations(url, migrationsDir, rollbacksDir, BASELINE_VERSION, (s) => {
        log(`  ${s.error ? 'FAILED' : 'reverted'} ${s.file} ${s.ms} ms${s.error ? `: ${s.error}` : ''}`);
      });
      report.revert = revert;
      check(
        'revert.ran',
        !revert.failed,
        revert.failed ? `rollback ${revert.failed.file} failed: ${revert.failed.error}` : `${revert.steps.length} rollback(s) ran`,
      );
      const after = await snapshotV1(url);
      let diff = diffSnapshots(v1, after);
      // A bucket the migration created stays on revert by design (SQL may not delete Storage rows;
      // docs/database.md "Rollbacks"): tolerated when v1's own buckets are untouched.
      const left = await bucketsLeftByDesign(url, v1Buckets, migrationsDir);
      if (left.length && diff.some((d) => d.startsWith('rows storage.buckets'))) {
        diff = diff.filter((d) => !d.startsWith('rows storage.buckets'));
        report.findings.push({
          id: 'revert.bucket-left',
          level: 'warn',
          title: 'Storage bucket created by the migration is left after the revert',
          detail: 'by design (SQL may not delete Storage rows): remove it through the Storage API if v1 must not have it',
          count: left.length,
          rows: left.map((id) => ({ bucket: id })),
        });
      }
      report.differences.afterRevert = diff;
      // Enum labels cannot be dropped (documented in docs/database.md, "Rollback"): a type whose v1
      // labels are all still there, in order, with v2 labels added, is a known leftover, not a loss.
      const added = enumLabelsAdded(v1, after);
      if (added.length) {
        diff = diff.filter((d) => !added.some((a) => d.startsWith(`types ${a.type}: labels `)));
        report.findings.push({
          id: 'revert.enum-labels-kept',
          level: 'warn',
          title: 'Enum labels added by v2 stay after the revert',
          detail: 'PostgreSQL cannot drop an enum label (docs/database.md, "Rollback"); v1 never sees them unless v2 rows used them',
          count: added.length,
          rows: added,
        });
      }
      const catalogDiff = diff.filter((d) => !d.startsWith('rows '));
      const rowDiff = diff.filter((d) => d.startsWith('rows '));
      check(
        'revert.catalog-equals-v1',
        catalogDiff.length === 0,
        catalogDiff.length
          ? `${catalogDiff.length} difference(s): ${catalogDiff.slice(0, 10).join('; ')}`
          : 'schemas, tables, columns, constraints, indexes, policies, grants, default privileges, functions, triggers, types as restored',
      );
      check(
        'revert.rows-equal-v1',
        rowDiff.length === 0,
        rowDiff.length
          ? `${rowDiff.length} difference(s): ${rowDiff.slice(0, 10).join('; ')}`
          : `every row of ${Object.keys(v1.rows ?? {}).length} tables as restored`,
      );
      if (diff.length) {
        report.findings.push({
          id: 'revert.differs-from-v1',
          level: 'refuse',
          title: 'The revert does not give the restored v1 back',
          detail: `${diff.length} difference(s) between the restored v1 and the reverted database`,
          count: diff.length,
          rows: diff.slice(0, 50).map((d) => ({ difference: d })),
        });
      }
      if (revert.failed) {
        report.findings.push({
          id: 'revert.failed',
          level: 'refuse',
          title: `Rollback ${revert.failed.file} failed`,
          detail: revert.failed.error ?? '',
          count: 1,
          rows: [{ file: revert.failed.file, error: revert.failed.error }],
        });
      }
    });
    await phase('remigrate', 'migrating again', async () => {
      try {
        const run = await applyMigrationsTimed(url, migrationsDir);
        check('remigrate', true, `${run.files.length} migration(s) applied again`);
        const failed = (await verifyDatabase(url)).filter((r) => !r.ok);
        check(
          'remigrate.db-verify',
          failed.length === 0,
          failed.length ? failed.map((r) => `${r.name}: ${r.detail}`).join('; ') : 'db:verify passes',
        );
      } catch (error) {
        check('remigrate', false, (error as Error).message);
      }
    });
  } finally {
    await server.stop();
    source?.cleanup();
  }
  report.totalMs = Math.round(performance.now() - started);
  report.ok = report.checks.every((c) => c.ok) && !report.findings.some((f) => f.level === 'refuse');
  return report;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
