/**
 * Every constraint the SPA explains in its own sentence (CONSTRAINT_KEYS of
 * src/providers/dbErrors.ts) exists in the migrated database: a renamed or dropped constraint
 * would otherwise fall back silently to the generic sentence.
 */
import { describe, expect, it } from 'vitest';
import { sql } from '../../stack/testing/context';
import { CONSTRAINT_KEYS } from '../../src/providers/dbErrors';

describe('constraint names of the SPA error sentences', () => {
  it('all exist in schema public (pg_constraint)', async () => {
    const rows = await sql<{ conname: string }>(
      `select c.conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
       where n.nspname = 'public' and c.conname = any($1::text[])`,
      [Object.keys(CONSTRAINT_KEYS)],
    );
    const present = new Set(rows.map((r) => r.conname));
    expect(Object.keys(CONSTRAINT_KEYS).filter((name) => !present.has(name))).toEqual([]);
  });
});
