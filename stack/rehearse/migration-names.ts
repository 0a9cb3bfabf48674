/**
 * The names the v2 migrations create, read from the migration files themselves (so the pre-flight
 * follows the migrations as they change): tables, columns added to existing tables, indexes (with
 * their definition), types, functions, triggers, schemas, constraints and storage buckets.
 */
import { readFileSync } from 'node:fs';
import { listMigrations } from '../services/migrations';
import { splitSqlStatements } from '../sql-split';

export type NameKind = 'schema' | 'table' | 'column' | 'index' | 'type' | 'function' | 'trigger' | 'constraint' | 'bucket';

export interface CreatedName {
  kind: NameKind;
  /** schema-qualified where it applies: public.orders, public.profiles.email, private.has_role */
  name: string;
  /** the table it belongs to (columns, indexes, triggers, constraints) */
  table?: string;
  /** how the migration creates it: `if not exists` / `or replace` / `on conflict do nothing` / plain */
  guard: 'if-not-exists' | 'or-replace' | 'on-conflict' | 'drop-first' | 'catalog-check' | 'none';
  file: string;
  /** columns and expressions of an index, as written */
  indexColumns?: string[];
  indexTable?: string;
  unique?: boolean;
}

const IDENT = '"?[A-Za-z_][A-Za-z0-9_]*"?';
const QNAME = `(?:(${IDENT})\\.)?(${IDENT})`;
const unquote = (s: string | undefined) => (s ?? '').replace(/"/g, '');
const qualify = (schema: string | undefined, name: string) => `${unquote(schema) || 'public'}.${unquote(name)}`;

/** Strips `--` comments (outside quotes, good enough for our migration files). */
function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '');
}

/** Splits an index column list on top-level commas. */
export function splitTopLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

function namesInStatement(statement: string, file: string): CreatedName[] {
  const s = stripComments(statement).replace(/\s+/g, ' ').trim();
  const out: CreatedName[] = [];
  const push = (n: Omit<CreatedName, 'file'>) => out.push({ ...n, file });
  let m: RegExpExecArray | null;

  for (const match of s.matchAll(new RegExp(`create schema (if not exists )?(${IDENT})`, 'gi'))) {
    push({ kind: 'schema', name: unquote(match[2]), guard: match[1] ? 'if-not-exists' : 'none' });
  }
  for (const match of s.matchAll(new RegExp(`create table (if not exists )?${QNAME}`, 'gi'))) {
    push({ kind: 'table', name: qualify(match[2], match[3]!), guard: match[1] ? 'if-not-exists' : 'none' });
  }
  for (const match of s.matchAll(new RegExp(`create type ${QNAME}`, 'gi'))) {
    push({ kind: 'type', name: qualify(match[1], match[2]!), guard: /to_regtype|pg_type/i.test(s) ? 'catalog-check' : 'none' });
  }
  for (const match of s.matchAll(new RegExp(`create (or replace )?function ${QNAME}`, 'gi'))) {
    push({ kind: 'function', name: qualify(match[2], match[3]!), guard: match[1] ? 'or-replace' : 'none' });
  }
  for (const match of s.matchAll(new RegExp(`create (or replace )?trigger (${IDENT}) .*? on ${QNAME}`, 'gi'))) {
    const table = qualify(match[3], match[4]!);
    push({ kind: 'trigger', name: `${table}.${unquote(match[2])}`, table, guard: match[1] ? 'or-replace' : 'none' });
  }
  m = new RegExp(
    `create (unique )?index (concurrently )?(if not exists )?(${IDENT}) on (?:only )?${QNAME}(?: using \\w+)? \\((.*)\\)`,
    'i',
  ).exec(s);
  if (m) {
    const table = qualify(m[5], m[6]!);
    const columnList = m[7]!.replace(/\)\s*(where|include|with)\b.*$/i, '');
    push({
      kind: 'index',
      name: `${unquote(m[5]) || 'public'}.${unquote(m[4])}`,
      table,
      guard: m[3] ? 'if-not-exists' : 'none',
      indexColumns: splitTopLevel(columnList),
      indexTable: table,
      unique: Boolean(m[1]),
    });
  }
  m = new RegExp(`^alter table (?:if exists )?(?:only )?${QNAME} (.*)$`, 'i').exec(s);
  if (m) {
    const table = qualify(m[1], m[2]!);
    for (const col of m[3]!.matchAll(new RegExp(`add column (if not exists )?(${IDENT})`, 'gi'))) {
      push({ kind: 'column', name: `${table}.${unquote(col[2])}`, table, guard: col[1] ? 'if-not-exists' : 'none' });
    }
    for (const con of m[3]!.matchAll(new RegExp(`add constraint (${IDENT})`, 'gi'))) {
      const name = unquote(con[1]);
      const dropped = new RegExp(`drop constraint if exists ${name}\\b`, 'i').test(s);
      push({ kind: 'constraint', name: `${table}.${name}`, table, guard: dropped ? 'drop-first' : 'none' });
    }
  }
  for (const match of s.matchAll(/insert into storage\.buckets \([^)]*\) values \('([^']+)'/gi)) {
    push({ kind: 'bucket', name: match[1]!, guard: /on conflict/i.test(s) ? 'on-conflict' : 'none' });
  }
  return out;
}

/** Every name created by the migrations newer than `afterVersion`, in migration order. */
export function createdNames(migrationsDir: string, afterVersion: string): CreatedName[] {
  const names: CreatedName[] = [];
  for (const migration of listMigrations(migrationsDir)) {
    if (migration.version <= afterVersion) continue;
    const sql = readFileSync(migration.file, 'utf8');
    const file = migration.file.split('/').pop()!;
    for (const statement of splitSqlStatements(sql)) {
      // `drop constraint if exists X` in a separate statement right before `add constraint X`.
      names.push(...namesInStatement(statement, file));
    }
  }
  // A constraint dropped by an earlier statement of the same file is replaced on purpose.
  for (const n of names) {
    if (n.kind !== 'constraint' || n.guard !== 'none') continue;
    const sql = readFileSync(listMigrations(migrationsDir).find((m) => m.file.endsWith(n.file))!.file, 'utf8');
    const bare = n.name.split('.').pop()!;
    if (new RegExp(`drop constraint if exists ${bare}\\b`, 'i').test(sql) || new RegExp(`conname = '${bare}'`, 'i').test(sql)) {
      n.guard = new RegExp(`conname = '${bare}'`, 'i').test(sql) ? 'catalog-check' : 'drop-first';
    }
  }
  // Keep the first creation of each name (later files re-create with `or replace`).
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = `${n.kind}:${n.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The objects the migrations note in the migration ledger (20250601000050) before creating them,
 * as "kind:name": their rollbacks keep them when they were already there.
 */
export function ledgeredNames(migrationsDir: string): Set<string> {
  const out = new Set<string>();
  for (const migration of listMigrations(migrationsDir)) {
    const sql = stripComments(readFileSync(migration.file, 'utf8'));
    for (const m of sql.matchAll(/migration_ledger\.note\('\d{14}',\s*'([a-z ]+)',\s*'([^']+)'/g)) out.add(`${m[1]}:${m[2]}`);
    for (const m of sql.matchAll(/migration_ledger\.note_all\('\d{14}',\s*'([a-z ]+)',\s*array\[([^\]]*)\]/g)) {
      for (const name of m[2]!.matchAll(/'([^']+)'/g)) out.add(`${m[1]}:${name[1]}`);
    }
  }
  return out;
}
