/**
 * The pre-flight: run on a v1 database right before its first v2 migration (and by the rehearsal).
 * Reads the database only (a read-only session). Each finding refuses (the migration must not
 * run as things are) or warns (it may run; a person should know), with sample rows that show it.
 */
import path from 'node:path';
import pg from 'pg';
import { ROOT_DIR } from '../config';
import { connectReadOnly } from './copy-stream';
import { createdNames, ledgeredNames, type CreatedName } from './migration-names';
import { LIMIT_RULES } from './preflight-limits';
import { ROW_RULES } from './preflight-rules';
import { V1_ENUMS, V1_TABLES } from './v1-schema';

export const BASELINE_VERSION = '20240101000000';
export const DEFAULT_MIGRATIONS_DIR = path.join(ROOT_DIR, 'supabase', 'migrations');
const SAMPLE = 10;
/** Largest btree index tuple PostgreSQL accepts (a bit under 2704 bytes, room for the tuple header). */
const BTREE_MAX_BYTES = 2700;
/** Platform schemas every Supabase project has; the migrations' `create schema if not exists` keeps them. */
const PLATFORM_SCHEMAS = new Set(['extensions']);

export type Row = Record<string, unknown>;

export interface Finding {
  id: string;
  level: 'refuse' | 'warn';
  title: string;
  detail: string;
  /** how many rows show it (the sample below is at most 10) */
  count: number;
  rows: Row[];
}

export interface Check {
  id: string;
  ok: boolean;
  detail: string;
}

export interface PreflightResult {
  ok: boolean;
  checks: Check[];
  findings: Finding[];
}

type Q = <T extends Row = Row>(text: string, values?: unknown[]) => Promise<T[]>;

interface Context {
  q: Q;
  names: CreatedName[];
  /** "kind:name" of the objects the migrations note in the ledger (their rollbacks keep them) */
  ledgered: Set<string>;
  /** public table -> column -> format_type */
  columns: Map<string, Map<string, string>>;
}

const has = (ctx: Context, table: string, column: string) => ctx.columns.get(table)?.has(column) ?? false;
const tableOf = (qualified: string) => qualified.replace(/^public\./, '');

async function countAndSample(q: Q, sql: string): Promise<{ count: number; rows: Row[] }> {
  const [c] = await q<{ n: number }>(`select count(*)::int as n from (${sql}) x`);
  const rows = c!.n ? await q(`select * from (${sql}) x limit ${SAMPLE}`) : [];
  return { count: c!.n, rows };
}

// ------------------------------------------------------------------------------------------------

async function notMigrated(ctx: Context): Promise<Finding[]> {
  const [t] = await ctx.q<{ ok: boolean }>(`select to_regclass('supabase_migrations.schema_migrations') is not null as ok`);
  if (!t!.ok) return [];
  const rows = await ctx.q(`select version, name from supabase_migrations.schema_migrations where version > $1 order by version`, [
    BASELINE_VERSION,
  ]);
  if (!rows.length) return [];
  return [
    {
      id: 'preflight.not-migrated',
      level: 'refuse',
      title: 'v2 migrations already applied',
      detail: `${rows.length} v2 migration(s) are recorded as applied: this is not a v1 database`,
      count: rows.length,
      rows,
    },
  ];
}

async function v1Shape(ctx: Context): Promise<Finding[]> {
  const missing: Row[] = [];
  const extra: Row[] = [];
  const v2Columns = new Set(ctx.names.filter((n) => n.kind === 'column').map((n) => n.name));
  for (const [table, expected] of Object.entries(V1_TABLES)) {
    const actual = ctx.columns.get(table);
    if (!actual) {
      missing.push({ table, column: null, expected: 'table', found: null });
      continue;
    }
    for (const [column, type] of expected) {
      const found = actual.get(column);
      if (found !== type) missing.push({ table, column, expected: type, found: found ?? null });
    }
    const known = new Set(expected.map(([c]) => c));
    for (const [column, type] of actual) {
      if (!known.has(column) && !v2Columns.has(`public.${table}.${column}`)) extra.push({ table, column, type });
    }
  }
  const enums = await ctx.q<{ type: string; labels: string[] }>(`
    select t.typname as type, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid where t.typnamespace = 'public'::regnamespace group by 1`);
  const labels = new Map(enums.map((e) => [e.type, e.labels]));
  for (const [type, expected] of Object.entries(V1_ENUMS)) {
    const found = labels.get(type);
    const lacking = expected.filter((l) => !found?.includes(l));
    if (!found || lacking.length)
      missing.push({ table: null, column: `enum ${type}`, expected: expected.join(','), found: found?.join(',') ?? null });
  }
  const out: Finding[] = [];
  if (missing.length) {
    out.push({
      id: 'preflight.v1-shape',
      level: 'refuse',
      title: 'v1 schema differs from the v1 baseline',
      detail: `${missing.length} table(s)/column(s)/enum(s) missing or of another type than 20240101000000_v1_baseline.sql`,
      count: missing.length,
      rows: missing.slice(0, 50),
    });
  }
  if (extra.length) {
    out.push({
      id: 'preflight.v1-extra-columns',
      level: 'warn',
      title: 'Columns v1 has beyond the baseline',
      detail: 'the migrations leave them as they are',
      count: extra.length,
      rows: extra.slice(0, 50),
    });
  }
  return out;
}

/** Does an object the migrations create exist already, and what does the migration do with it? */
async function existingNames(ctx: Context): Promise<{ findings: Finding[]; existing: Row[] }> {
  const rows: Row[] = [];
  const add = (n: CreatedName, handling: 'kept' | 'conflict', why: string) => {
    // Ledger names: buckets by id, everything else schema-qualified (as created).
    const ledgered = handling === 'kept' && ctx.ledgered.has(`${n.kind}:${n.name}`);
    rows.push({
      kind: n.kind,
      name: n.name,
      file: n.file,
      handling: ledgered ? 'ledgered' : handling,
      why: ledgered
        ? `${why}; noted in the migration ledger, so its rollback keeps it`
        : handling === 'kept'
          ? `${why}; not in the migration ledger: its rollback may remove it`
          : why,
    });
  };
  const [schemas, tables, indexes, types, functions, triggers, constraints] = [
    await ctx.q<{ name: string; objects: number }>(`
      select n.nspname as name, (select count(*)::int from pg_class c where c.relnamespace = n.oid)
        + (select count(*)::int from pg_proc p where p.pronamespace = n.oid) as objects from pg_namespace n`),
    await ctx.q<{ name: string }>(`select format('%s.%s', schemaname, tablename) as name from pg_tables`),
    await ctx.q<{ name: string; def: string }>(`select format('%s.%s', schemaname, indexname) as name, indexdef as def from pg_indexes`),
    await ctx.q<{ name: string; labels: string[] | null }>(`
      select format('%s.%s', n.nspname, t.typname) as name,
             (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) as labels
      from pg_type t join pg_namespace n on n.oid = t.typnamespace where t.typtype in ('e', 'd', 'c', 'b') and t.typrelid = 0`),
    await ctx.q<{ name: string }>(
      `select distinct format('%s.%s', n.nspname, p.proname) as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace`,
    ),
    await ctx.q<{ name: string }>(`
      select format('%s.%s.%s', n.nspname, c.relname, t.tgname) as name
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where not t.tgisinternal`),
    await ctx.q<{ name: string }>(`
      select format('%s.%s.%s', n.nspname, c.relname, k.conname) as name
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace`),
  ];
  const schemaMap = new Map(schemas.map((s) => [s.name, s.objects]));
  const set = (list: { name: string }[]) => new Set(list.map((r) => r.name));
  const tableSet = set(tables);
  const indexMap = new Map(indexes.map((i) => [i.name, i.def]));
  const typeMap = new Map(types.map((t) => [t.name, t.labels]));
  const functionSet = set(functions);
  const triggerSet = set(triggers);
  const constraintSet = set(constraints);
  let buckets = new Map<string, boolean>();
  if (schemaMap.has('storage') && tableSet.has('storage.buckets')) {
    buckets = new Map(
      (await ctx.q<{ id: string; public: boolean }>(`select id, public from storage.buckets`)).map((b) => [b.id, b.public]),
    );
  }

  for (const n of ctx.names) {
    switch (n.kind) {
      case 'schema':
        if (schemaMap.has(n.name) && !PLATFORM_SCHEMAS.has(n.name)) {
          add(n, 'kept', `exists with ${schemaMap.get(n.name)} object(s); \`create schema if not exists\` keeps it`);
        }
        break;
      case 'table':
        if (tableSet.has(n.name))
          add(n, 'conflict', '`create table if not exists` keeps the v1 table, whatever its shape; later migrations expect theirs');
        break;
      case 'column': {
        const [, table, column] = n.name.split('.');
        if (has(ctx, table!, column!))
          add(n, 'kept', `\`add column if not exists\` keeps the v1 column (${ctx.columns.get(table!)!.get(column!)}) and its values`);
        break;
      }
      case 'index': {
        const def = indexMap.get(n.name);
        if (def === undefined) break;
        const same = sameIndex(def, n);
        add(
          n,
          same ? 'kept' : 'conflict',
          same
            ? '`create index if not exists` skips it (same table and columns)'
            : `\`create index if not exists\` skips it, but it is another index: ${def}`,
        );
        break;
      }
      case 'type': {
        if (!typeMap.has(n.name)) break;
        add(
          n,
          'conflict',
          `the migration skips creating it (labels ${typeMap.get(n.name)?.join(',') ?? 'not an enum'}); v2 expects its own`,
        );
        break;
      }
      case 'function':
        if (functionSet.has(n.name)) add(n, 'conflict', '`create or replace` replaces the v1 function; its rollback drops it');
        break;
      case 'trigger':
        if (triggerSet.has(n.name)) add(n, 'conflict', '`create or replace trigger` replaces the v1 trigger; its rollback drops it');
        break;
      case 'constraint':
        if (constraintSet.has(n.name)) {
          add(
            n,
            n.guard === 'catalog-check' ? 'kept' : 'conflict',
            n.guard === 'catalog-check' ? 'the migration keeps it (catalog check)' : 'the migration drops and re-creates it',
          );
        }
        break;
      case 'bucket':
        if (buckets.has(n.name))
          add(n, 'kept', `\`on conflict do nothing\` keeps the v1 bucket and its files (public = ${buckets.get(n.name)})`);
        break;
    }
  }
  const conflicts = rows.filter((r) => r.handling === 'conflict');
  const kept = rows.filter((r) => r.handling !== 'conflict');
  const findings: Finding[] = [];
  if (conflicts.length) {
    findings.push({
      id: 'preflight.names-conflict',
      level: 'refuse',
      title: 'Names the migrations create are taken by something else',
      detail: conflicts.map((r) => `${r.kind} ${r.name}`).join(', '),
      count: conflicts.length,
      rows: conflicts,
    });
  }
  if (kept.length) {
    findings.push({
      id: 'preflight.names-kept',
      level: 'warn',
      title: 'Names the migrations create exist already and are kept (ledgered: the revert keeps them too)',
      detail: kept.map((r) => `${r.kind} ${r.name}`).join(', '),
      count: kept.length,
      rows: kept,
    });
  }
  return { findings, existing: rows };
}

/** An existing index is "the same" when it is on the same table with the same key text. */
export function sameIndex(indexdef: string, n: CreatedName): boolean {
  const m = /^CREATE (UNIQUE )?INDEX \S+ ON (?:ONLY )?(\S+) USING \w+ \((.*)\)(?: WHERE .*)?$/i.exec(indexdef);
  if (!m) return false;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/public\./g, '')
      .replace(/::text/g, '');
  return norm(m[2]!) === norm(n.indexTable!) && Boolean(m[1]) === Boolean(n.unique) && norm(m[3]!) === norm(n.indexColumns!.join(','));
}

async function publicBuckets(ctx: Context): Promise<Finding[]> {
  const [t] = await ctx.q<{ ok: boolean }>(
    `select to_regclass('storage.buckets') is not null and to_regclass('storage.objects') is not null as ok`,
  );
  if (!t!.ok) return [];
  const v2Buckets = new Set(ctx.names.filter((n) => n.kind === 'bucket').map((n) => n.name));
  const rows = await ctx.q<{ id: string; name: string; objects: number }>(`
    select b.id, b.name, (select count(*)::int from storage.objects o where o.bucket_id = b.id) as objects
    from storage.buckets b where b.public order by b.id`);
  const out: Finding[] = [];
  const refused = rows.filter((r) => v2Buckets.has(r.id));
  const others = rows.filter((r) => !v2Buckets.has(r.id));
  if (refused.length) {
    out.push({
      id: 'preflight.public-bucket',
      level: 'refuse',
      title: 'A bucket v2 keeps private is public',
      detail: `${refused.map((r) => `${r.id} (${r.objects} files)`).join(', ')}: 000400 keeps the existing bucket (on conflict do nothing), so it would stay public and every file readable by anyone with its path. Make it private first (update storage.buckets set public = false where id = '...').`,
      count: refused.length,
      rows: refused,
    });
  }
  if (others.length) {
    out.push({
      id: 'preflight.public-buckets-other',
      level: 'warn',
      title: 'Public buckets',
      detail: `${others.map((r) => r.id).join(', ')}: every file readable without a token`,
      count: others.length,
      rows: others,
    });
  }
  return out;
}

/** Columns the migrations add (`if not exists`) that v1 already has, with values in them. */
async function columnsWithData(ctx: Context): Promise<Finding[]> {
  const rows: Row[] = [];
  let count = 0;
  for (const n of ctx.names.filter((x) => x.kind === 'column')) {
    const [, table, column] = n.name.split('.');
    if (!has(ctx, table!, column!) || !V1_TABLES[table!]) continue;
    const sample = await countAndSample(
      ctx.q,
      `select '${table}.${column}' as "column", id, left("${column}"::text, 120) as value from public."${table}" where "${column}" is not null`,
    );
    if (!sample.count) continue;
    count += sample.count;
    rows.push(...sample.rows.slice(0, 3), { column: `${table}.${column}`, id: null, value: `${sample.count} row(s) with a value` });
  }
  if (!count) return [];
  return [
    {
      id: 'preflight.columns-with-data',
      level: 'refuse',
      title: 'Columns the migrations add already hold data',
      detail: `${[...new Set(rows.map((r) => r.column))].join(', ')}: the migration keeps these values as v2 data (its backfill fills only the NULLs, e.g. profiles.email is then not the auth e-mail the reminders use). Check them (empty them or make them right), or accept them with --accept preflight.columns-with-data`,
      count,
      rows,
    },
  ];
}

async function rowRules(ctx: Context): Promise<{ findings: Finding[]; checks: Check[] }> {
  const findings: Finding[] = [];
  const checks: Check[] = [];
  for (const rule of [...ROW_RULES, ...LIMIT_RULES]) {
    const applies = rule.requires.every((r) => {
      const [table, column] = r.split('.');
      return has(ctx, table!, column!);
    });
    const id = `preflight.rows.${rule.id}`;
    if (!applies) {
      checks.push({ id, ok: true, detail: `not applicable (${rule.requires.join(', ')} not in v1)` });
      continue;
    }
    const { count, rows } = await countAndSample(ctx.q, rule.sql);
    checks.push({ id, ok: !count || rule.level === 'warn', detail: count ? `${count} row(s): ${rule.title}` : 'none' });
    if (count) findings.push({ id, level: rule.level, title: rule.title, detail: rule.why, count, rows });
  }
  // Index keys too large for a btree (the new indexes on v1 text columns).
  for (const index of ctx.names.filter((n) => n.kind === 'index')) {
    const table = tableOf(index.indexTable!);
    if (!V1_TABLES[table] || !ctx.columns.has(table)) continue;
    const keyColumns = index
      .indexColumns!.map((c) => /^(?:lower\()?"?([a-z_][a-z0-9_]*)"?\)?(?: (?:asc|desc))?$/i.exec(c)?.[1])
      .filter((c): c is string => Boolean(c) && has(ctx, table, c!));
    const wide = keyColumns.filter((c) => ['text', 'jsonb', 'character varying'].includes(ctx.columns.get(table)!.get(c)!));
    if (!wide.length) continue;
    const id = `preflight.rows.index-key-size.${index.name.split('.').pop()}`;
    const size = keyColumns.map((c) => `coalesce(pg_column_size("${c}"), 0)`).join(' + ');
    const { count, rows } = await countAndSample(
      ctx.q,
      `select id, ${size} as key_bytes, ${wide.map((c) => `left("${c}"::text, 60) as "${c}"`).join(', ')}
       from public."${table}" where ${size} > ${BTREE_MAX_BYTES}`,
    );
    checks.push({ id, ok: !count, detail: count ? `${count} row(s) too large for ${index.name}` : 'none' });
    if (count) {
      findings.push({
        id,
        level: 'refuse',
        title: `Rows too large for the new index ${index.name}`,
        detail: `${index.file} creates a btree index on ${table} (${index.indexColumns!.join(', ')}); a key over ~2704 bytes fails it ("index row size exceeds btree maximum")`,
        count,
        rows,
      });
    }
  }
  return { findings, checks };
}

// ------------------------------------------------------------------------------------------------

export interface PreflightOptions {
  migrationsDir?: string;
  /** finding ids a person has looked at and accepts: they warn instead of refusing */
  accept?: string[];
}

export async function runPreflight(url: string, options: PreflightOptions = {}): Promise<PreflightResult> {
  const client: pg.Client = await connectReadOnly(url);
  try {
    const q: Q = async (text, values) => (await client.query(text, values)).rows;
    const columnRows = await q<{ t: string; c: string; type: string }>(`
      select c.relname as t, a.attname as c, format_type(a.atttypid, a.atttypmod) as type
      from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`);
    const columns = new Map<string, Map<string, string>>();
    for (const r of columnRows) {
      if (!columns.has(r.t)) columns.set(r.t, new Map());
      columns.get(r.t)!.set(r.c, r.type);
    }
    const dir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
    const ctx: Context = { q, names: createdNames(dir, BASELINE_VERSION), ledgered: ledgeredNames(dir), columns };
    const accepted = new Set(options.accept ?? []);

    const checks: Check[] = [];
    const findings: Finding[] = [];
    const accept = (found: Finding[]) =>
      found.map((f) =>
        f.level === 'refuse' && accepted.has(f.id)
          ? { ...f, level: 'warn' as const, detail: `accepted (--accept ${f.id}): ${f.detail}` }
          : f,
      );
    const section = (id: string, raw: Finding[], passed: string) => {
      const found = accept(raw);
      findings.push(...found);
      const refusals = found.filter((f) => f.level === 'refuse');
      checks.push({
        id,
        ok: !refusals.length,
        detail: found.length ? found.map((f) => `${f.level}: ${f.title} (${f.count})`).join('; ') : passed,
      });
    };
    section('preflight.not-migrated', await notMigrated(ctx), 'no v2 migration applied yet');
    section('preflight.v1-shape', await v1Shape(ctx), 'every v1 table, column and enum label as in the baseline');
    const names = await existingNames(ctx);
    section('preflight.names', names.findings, `none of the ${ctx.names.length} names the migrations create exists`);
    section('preflight.public-buckets', await publicBuckets(ctx), 'no public bucket');
    section('preflight.columns-with-data', await columnsWithData(ctx), 'no column the migrations add holds data');
    const rules = await rowRules(ctx);
    const ruleFindings = accept(rules.findings);
    findings.push(...ruleFindings);
    checks.push(...rules.checks.map((c) => (ruleFindings.some((f) => f.id === c.id && f.level === 'warn') ? { ...c, ok: true } : c)));
    return { ok: !findings.some((f) => f.level === 'refuse'), checks, findings };
  } finally {
    await client.end();
  }
}
