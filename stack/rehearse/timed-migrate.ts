/**
 * Applies the pending migrations as `supabase db push` does (each file in its own transaction, its
 * statements one after the other, recorded in supabase_migrations.schema_migrations), timing every
 * statement and recording the table locks it took: after each statement the session reads its own
 * granted locks in pg_locks; a lock first seen after statement N was taken by it, and is held until
 * the file's transaction commits (PostgreSQL releases table locks only at commit).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { HISTORY_TABLE, MigrationError, listMigrations } from '../services/migrations';
import { splitSqlStatements } from '../sql-split';

export interface StatementLock {
  table: string;
  mode: string;
  /** from the start of the statement that took it to the commit of its file */
  heldMs: number;
  /** the table was created by the same migration (nobody else can be waiting on it) */
  created: boolean;
}

export interface StatementTiming {
  file: string;
  statement: string;
  ms: number;
  locks: StatementLock[];
}

export interface FileTiming {
  file: string;
  ms: number;
  statements: number;
}

export interface TimedRun {
  files: FileTiming[];
  statements: StatementTiming[];
}

const STATEMENT_TEXT_MAX = 400;
/** The statement without its leading comment lines, cut to STATEMENT_TEXT_MAX characters. */
const shorten = (statement: string) => {
  const lines = statement.split('\n');
  while (lines.length > 1 && (lines[0]!.trim().startsWith('--') || !lines[0]!.trim())) lines.shift();
  const s = lines.join('\n');
  return s.length > STATEMENT_TEXT_MAX ? `${s.slice(0, STATEMENT_TEXT_MAX)}…` : s;
};
/** Bookkeeping tables of the migrations themselves: no application traffic waits on them. */
export const isBookkeeping = (table: string) => /^(migration_ledger|supabase_migrations)\./.test(table);

const OWN_TABLE_LOCKS = `
  select format('%I.%I', n.nspname, c.relname) as "table", l.mode
  from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted
    and c.relkind in ('r', 'p', 'm') and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')`;

const TABLES = `
  select format('%I.%I', n.nspname, c.relname) as "table" from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p', 'm')`;

/** The first line of a statement that is not a comment (for progress lines). */
export function firstCodeLine(statement: string): string {
  return (
    statement
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('--')) ?? statement.trim()
  );
}

/** Records `version` as applied without running it (`supabase migration repair --status applied`). */
export async function markApplied(url: string, file: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(HISTORY_TABLE);
    const base = path.basename(file);
    const m = /^(\d{14})_(.+)\.sql$/.exec(base);
    if (!m) throw new Error(`not a migration file name: ${base}`);
    const res = await client.query(
      `insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3) on conflict (version) do nothing`,
      [m[1], m[2], splitSqlStatements(readFileSync(file, 'utf8'))],
    );
    return res.rowCount === 1;
  } finally {
    await client.end();
  }
}

export async function applyMigrationsTimed(
  url: string,
  dir: string,
  options: {
    onFile?: (f: FileTiming) => void;
    /** every 15 s while one statement runs: which one, for how long */
    onStillRunning?: (file: string, statement: string, ms: number) => void;
  } = {},
): Promise<TimedRun> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('notice', () => undefined);
  const run: TimedRun = { files: [], statements: [] };
  try {
    await client.query(HISTORY_TABLE);
    const done = new Set(
      (await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map((r) => r.version),
    );
    for (const migration of listMigrations(dir)) {
      if (done.has(migration.version)) continue;
      const file = path.basename(migration.file);
      const sql = readFileSync(migration.file, 'utf8');
      const statements = splitSqlStatements(sql);
      const fileStart = performance.now();
      const timings: (StatementTiming & { startedAt: number })[] = [];
      try {
        await client.query('begin');
        const before = new Set((await client.query<{ table: string }>(TABLES)).rows.map((r) => r.table));
        const seen = new Set<string>();
        for (const statement of statements) {
          const startedAt = performance.now();
          const ticker = setInterval(
            () => options.onStillRunning?.(file, shorten(firstCodeLine(statement)), performance.now() - startedAt),
            15_000,
          );
          try {
            await client.query(statement);
          } finally {
            clearInterval(ticker);
          }
          const ms = performance.now() - startedAt;
          const locks = (await client.query<{ table: string; mode: string }>(OWN_TABLE_LOCKS)).rows.filter(
            (l) => !seen.has(`${l.table} ${l.mode}`),
          );
          for (const l of locks) seen.add(`${l.table} ${l.mode}`);
          timings.push({
            file,
            statement: shorten(statement),
            ms,
            startedAt,
            locks: locks.map((l) => ({ table: l.table, mode: l.mode, heldMs: 0, created: !before.has(l.table) })),
          });
        }
        await client.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
          migration.version,
          migration.name,
          statements,
        ]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw new MigrationError(migration.file, error);
      }
      const committedAt = performance.now();
      for (const t of timings) {
        const { startedAt, ...rest } = t;
        for (const l of rest.locks) l.heldMs = Math.round(committedAt - startedAt);
        run.statements.push({ ...rest, ms: Math.round(rest.ms * 10) / 10 });
      }
      const timing = { file, ms: Math.round(committedAt - fileStart), statements: statements.length };
      run.files.push(timing);
      options.onFile?.(timing);
    }
  } finally {
    await client.end();
  }
  return run;
}

export interface TableLock {
  table: string;
  mode: string;
  heldMs: number;
  file: string;
  statement: string;
  /** blocks plain reads and writes (ACCESS EXCLUSIVE) or writes (SHARE and stronger) */
  blocks: 'reads and writes' | 'writes' | 'writes to the rows it changed' | 'nothing ordinary';
}

const BLOCKS: Record<string, TableLock['blocks']> = {
  AccessExclusiveLock: 'reads and writes',
  ExclusiveLock: 'writes',
  ShareRowExclusiveLock: 'writes',
  ShareLock: 'writes',
};

/** The longest lock held on each table that existed before its migration, longest first. */
export function longestLockPerTable(statements: StatementTiming[]): TableLock[] {
  const best = new Map<string, TableLock>();
  for (const s of statements) {
    for (const l of s.locks) {
      if (l.created || isBookkeeping(l.table)) continue;
      // An UPDATE/DELETE keeps its row locks until commit: writers of those rows wait.
      const rowWriter = l.mode === 'RowExclusiveLock' && /^(update|delete)\b/i.test(s.statement.replace(/--[^\n]*\n/g, '').trim());
      const blocks = BLOCKS[l.mode] ?? (rowWriter ? 'writes to the rows it changed' : 'nothing ordinary');
      const current = best.get(l.table);
      const rank = (b: TableLock['blocks']) => (b === 'reads and writes' ? 3 : b === 'writes' ? 2 : b === 'nothing ordinary' ? 0 : 1);
      // The blocking lock matters more than a longer harmless one.
      if (!current || rank(blocks) > rank(current.blocks) || (rank(blocks) === rank(current.blocks) && l.heldMs > current.heldMs)) {
        best.set(l.table, { table: l.table, mode: l.mode, heldMs: l.heldMs, file: s.file, statement: s.statement, blocks });
      }
    }
  }
  const rank = (b: TableLock['blocks']) => (b === 'reads and writes' ? 3 : b === 'writes' ? 2 : b === 'nothing ordinary' ? 0 : 1);
  return [...best.values()].sort((a, b) => rank(b.blocks) - rank(a.blocks) || b.heldMs - a.heldMs);
}
