/**
 * Copies rows between two databases over the wire: `COPY (select ...) TO STDOUT` on the source,
 * `COPY table (columns) FROM STDIN` on the target, streamed (no row is held in memory).
 * The source connection is read-only (`default_transaction_read_only`), so a copy never writes to it.
 */
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const qualified = (schema: string, table: string) => `${quoteIdent(schema)}.${quoteIdent(table)}`;

export async function connectReadOnly(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: '-c default_transaction_read_only=on' });
  await client.connect();
  client.on('notice', () => undefined);
  return client;
}

/** Streams the rows of `select` (from `source`) into `target` table (columns in select order). */
export async function copyRows(source: pg.Client, selectSql: string, target: pg.Client, table: string, columns: string[]): Promise<number> {
  const reader = source.query(copyTo(`copy (${selectSql}) to stdout`));
  const writer = target.query(copyFrom(`copy ${table} (${columns.map(quoteIdent).join(', ')}) from stdin`));
  await pipeline(reader, writer);
  return writer.rowCount;
}

/** Streams the rows of `select` as COPY text into a writable (e.g. a plain dump file). */
export async function copyRowsTo(source: pg.Client, selectSql: string, out: Writable): Promise<void> {
  const reader = source.query(copyTo(`copy (${selectSql}) to stdout`));
  for await (const chunk of reader) {
    if (!out.write(chunk as Buffer)) await once(out, 'drain');
  }
}
