/** The pre-flight's picture of v1 is the v1 baseline migration (it cannot drift from it). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyV1Baseline } from '../demo/v1-shape';
import { createScratchDatabase, sql, type ScratchDatabase } from '../testing/context';
import { V1_ENUMS, V1_TABLES } from './v1-schema';

describe('v1 schema', () => {
  let db: ScratchDatabase;
  beforeAll(async () => {
    db = await createScratchDatabase();
    await applyV1Baseline(db.url);
  });
  afterAll(() => db?.drop());

  it('lists every v1 table and column with the type and nullability of the baseline', async () => {
    const rows = await sql<{ t: string; c: string; type: string; nn: boolean }>(
      `
      select c.relname as t, a.attname as c, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as nn
      from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      order by c.relname, a.attnum`,
      [],
      db.url,
    );
    const actual: Record<string, [string, string, boolean][]> = {};
    for (const r of rows) (actual[r.t] ??= []).push([r.c, r.type, r.nn]);
    const sorted = (o: Record<string, [string, string, boolean][]>) =>
      Object.fromEntries(
        Object.entries(o)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([t, cols]) => [t, [...cols].sort((x, y) => x[0].localeCompare(y[0]))]),
      );
    expect(sorted(V1_TABLES)).toEqual(sorted(actual));
  });

  it('lists the v1 enums with their labels in order', async () => {
    const rows = await sql<{ type: string; labels: string[] }>(
      `
      select t.typname as type, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
      from pg_type t join pg_enum e on e.enumtypid = t.oid where t.typnamespace = 'public'::regnamespace group by 1`,
      [],
      db.url,
    );
    expect(V1_ENUMS).toEqual(Object.fromEntries(rows.map((r) => [r.type, r.labels])));
  });
});
