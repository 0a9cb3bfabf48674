/**
 * For a statement that held a blocking lock on a table that existed before its migration for
 * long: what production does about it (docs/performance.md's concurrent index path, quiet-time
 * backfills). Shown in the rehearsal report next to the lock.
 */
import { isBookkeeping, type StatementTiming } from './timed-migrate';

export interface LockAdvice {
  file: string;
  statement: string;
  table: string;
  mode: string;
  heldMs: number;
  ms: number;
  how: string;
  /** for an index: the statement to run beforehand, outside a transaction */
  beforehand?: string;
}

const BLOCKING = new Set(['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock', 'RowExclusiveLock']);

export function concurrentIndexStatement(statement: string): string | undefined {
  const code = statement
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^create (unique )?index (?:if not exists )?(\S+) on (.*)$/i.exec(code);
  if (!m) return undefined;
  return `create ${m[1] ?? ''}index concurrently if not exists ${m[2]} on ${m[3]};`;
}

function how(statement: string, mode: string): { how: string; beforehand?: string } {
  const code = statement
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const beforehand = concurrentIndexStatement(statement);
  if (beforehand) {
    return {
      beforehand,
      how:
        'SHARE lock: writes to the table wait until the file commits. Production creates the index beforehand without blocking writes, ' +
        'with the same name and definition (`create index concurrently if not exists`, outside a transaction); the migration then skips it ' +
        '(docs/performance.md, docs/database.md production procedure step 4).',
    };
  }
  if (/^alter table .* add column/.test(code) && mode === 'AccessExclusiveLock') {
    return {
      how: 'ADD COLUMN itself is instant (no rewrite), but its ACCESS EXCLUSIVE lock is held until the file commits, i.e. through everything after it in the same file (a backfill): reads and writes of the table wait. Production adds the column beforehand in its own short transaction (the same `alter table ... add column if not exists ...`) and fills it in batches before the push (docs/performance.md); the migration then finds the column and has nothing left to backfill.',
    };
  }
  if (/^(update |with )/.test(code)) {
    return {
      how: 'Backfill: row locks on every row it updates until the file commits (writers of those rows wait; readers do not). Run the push at a quiet time; on a larger table pre-fill the column in batches before the push (the migration only fills rows still missing their value).',
    };
  }
  if (/validate constraint/.test(code)) return { how: 'VALIDATE takes SHARE UPDATE EXCLUSIVE: reads and writes go on while it scans.' };
  if (/set not null/.test(code)) return { how: 'ACCESS EXCLUSIVE, but no scan (a validated CHECK proves it): short.' };
  return {
    how: `${mode} until the file commits; every migration sets lock_timeout = 10s, so a busy table makes the file fail (retry the push) instead of queueing traffic behind it.`,
  };
}

/** Statements that held a blocking lock on a pre-existing table for at least `longMs`. */
export function lockAdvice(statements: StatementTiming[], longMs: number): LockAdvice[] {
  const out: LockAdvice[] = [];
  for (const s of statements) {
    for (const l of s.locks) {
      if (l.created || isBookkeeping(l.table) || !BLOCKING.has(l.mode) || l.heldMs < longMs) continue;
      // Row-exclusive locks only matter for the statement that writes many rows.
      if (l.mode === 'RowExclusiveLock' && s.ms < longMs) continue;
      out.push({
        file: s.file,
        statement: s.statement,
        table: l.table,
        mode: l.mode,
        heldMs: l.heldMs,
        ms: s.ms,
        ...how(s.statement, l.mode),
      });
    }
  }
  return out.sort((a, b) => b.heldMs - a.heldMs);
}
