/**
 * Row snapshots for the rehearsal at production sizes, in the shape of stack/migrate/snapshot.ts
 * (so its diffSnapshots compares them): row count, whole-row checksum and per-column checksums,
 * independent of row order. One scan per table and no sort: each value's 64-bit text hash is
 * summed (numeric, exact), with the count of non-NULL values (NULL is not a hash). snapshot.ts's
 * md5-of-sorted-digests is exact too but sorts once per column, which takes minutes on a
 * million-row table.
 */
import type pg from 'pg';
import { quoteIdent } from './copy-stream';
import type { RowsSnapshot, TableSpec } from '../migrate/snapshot';

const digest = (expr: string) => `coalesce(sum(hashtextextended(${expr}, 0)::numeric), 0)::text || ':' || count(${expr})::text`;

function quoteTable(qualified: string): string {
  const dot = qualified.indexOf('.');
  return `${quoteIdent(qualified.slice(0, dot))}.${quoteIdent(qualified.slice(dot + 1))}`;
}

export async function rowChecksums(client: pg.Client, tables: TableSpec[]): Promise<RowsSnapshot> {
  const out: RowsSnapshot = {};
  for (const spec of tables) {
    const table = typeof spec === 'string' ? spec : spec.table;
    const columns =
      typeof spec === 'string'
        ? (
            await client.query<{ name: string }>(
              `select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped order by attnum`,
              [quoteTable(table)],
            )
          ).rows.map((r) => r.name)
        : spec.columns;
    const cols = columns.map((c) => `t.${quoteIdent(c)}`);
    const { rows } = await client.query<Record<string, string>>(
      `select count(*)::text as count, ${digest(`row(${cols.join(', ')})::text`)} as checksum, ${cols
        .map((c, i) => `${digest(`${c}::text`)} as c${i}`)
        .join(', ')} from ${quoteTable(table)} t`,
    );
    const row = rows[0]!;
    out[table] = {
      count: Number(row.count),
      checksum: row.checksum!,
      columns: Object.fromEntries(columns.map((c, i) => [c, row[`c${i}`]!])),
    };
  }
  return out;
}
