/**
 * Copies a v1 database into the scratch database over the wire, without pg_dump: the application
 * schema from the source's catalog (catalog-ddl.ts), the rows of its tables and of the platform
 * tables (auth.users, storage.buckets, storage.objects: every column both sides have) with COPY,
 * then indexes, foreign keys, triggers, policies and grants. The source session is read-only.
 * Also writes the same content as a plain SQL dump (what psql restores).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import pg from 'pg';
import { schemaDdl } from './catalog-ddl';
import { connectReadOnly, copyRows, copyRowsTo, qualified, quoteIdent } from './copy-stream';

/** Platform tables whose rows belong to the application's data (the scratch bootstrap creates them). */
export const PLATFORM_DATA_TABLES: [string, string][] = [
  ['auth', 'users'],
  ['storage', 'buckets'],
  ['storage', 'objects'],
  ['supabase_migrations', 'schema_migrations'],
];

async function columnsOf(client: pg.Client, schema: string, table: string): Promise<string[] | undefined> {
  const { rows } = await client.query<{ name: string }>(
    `select a.attname as name from pg_attribute a
     where a.attrelid = to_regclass(format('%I.%I', $1::text, $2::text)) and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     order by a.attnum`,
    [schema, table],
  );
  return rows.length ? rows.map((r) => r.name) : undefined;
}

/** The columns of a platform table both databases have (undefined when either lacks the table). */
async function commonColumns(source: pg.Client, target: pg.Client | undefined, schema: string, table: string) {
  const from = await columnsOf(source, schema, table);
  if (!from) return undefined;
  if (!target) return from;
  const to = await columnsOf(target, schema, table);
  if (!to) return undefined;
  const have = new Set(from);
  return to.filter((c) => have.has(c));
}

export interface CopyProgress {
  (line: string): void;
}

export async function copyDatabase(
  sourceUrl: string,
  targetUrl: string,
  log: CopyProgress = () => undefined,
): Promise<Record<string, number>> {
  const source = await connectReadOnly(sourceUrl);
  const target = new pg.Client({ connectionString: targetUrl });
  await target.connect();
  target.on('notice', () => undefined);
  const counts: Record<string, number> = {};
  try {
    await source.query('begin isolation level repeatable read read only');
    const ddl = await schemaDdl(source);
    await target.query('begin');
    await target.query('set local session_replication_role = replica');
    for (const stmt of ddl.preData) await target.query(stmt);
    if (await columnsOf(source, 'supabase_migrations', 'schema_migrations')) {
      await target.query('create schema if not exists supabase_migrations');
      await target.query(
        'create table if not exists supabase_migrations.schema_migrations (version text primary key, statements text[], name text)',
      );
    }
    for (const [schema, table] of PLATFORM_DATA_TABLES) {
      const cols = await commonColumns(source, target, schema, table);
      if (!cols) continue;
      const list = cols.map(quoteIdent).join(', ');
      counts[`${schema}.${table}`] = await copyRows(
        source,
        `select ${list} from ${qualified(schema, table)}`,
        target,
        qualified(schema, table),
        cols,
      );
    }
    for (const table of ddl.tables) {
      const cols = (await columnsOf(source, 'public', table))!;
      const t0 = performance.now();
      counts[`public.${table}`] = await copyRows(
        source,
        `select ${cols.map(quoteIdent).join(', ')} from ${qualified('public', table)}`,
        target,
        qualified('public', table),
        cols,
      );
      log(`  copied public.${table}: ${counts[`public.${table}`]} rows in ${Math.round(performance.now() - t0)} ms`);
    }
    for (const stmt of [...ddl.sequences, ...ddl.postData]) await target.query(stmt);
    await target.query('commit');
    await source.query('commit');
  } catch (error) {
    await target.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
  return counts;
}

/**
 * Writes a plain SQL dump of a v1 database (application schema + data, platform rows as data
 * only) in the layout pg_dump uses: SET preamble, pre-data, `COPY ... FROM stdin` blocks ending in
 * `\.`, post-data. `psql -f` restores it into a database that has the platform bootstrap.
 */
export async function writePlainDump(sourceUrl: string, file: string): Promise<void> {
  const source = await connectReadOnly(sourceUrl);
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    await source.query('begin isolation level repeatable read read only');
    const ddl = await schemaDdl(source);
    await write(`-- Plain dump of a v1 database (application schema public + platform rows), written by stack/rehearse/copy-database.ts\n`);
    await write(
      `SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nSET check_function_bodies = false;\nSET client_min_messages = warning;\nSET row_security = off;\n\n`,
    );
    for (const stmt of ddl.preData) await write(`${stmt}\n\n`);
    await write(`SET session_replication_role = replica;\n\n`);
    if (await columnsOf(source, 'supabase_migrations', 'schema_migrations')) {
      await write(
        'CREATE SCHEMA IF NOT EXISTS supabase_migrations;\nCREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text);\n\n',
      );
    }
    const tables: [string, string][] = [...PLATFORM_DATA_TABLES, ...ddl.tables.map((t): [string, string] => ['public', t])];
    for (const [schema, table] of tables) {
      const cols = await commonColumns(source, undefined, schema, table);
      if (!cols) continue;
      const list = cols.map(quoteIdent).join(', ');
      await write(`COPY ${qualified(schema, table)} (${list}) FROM stdin;\n`);
      await copyRowsTo(source, `select ${list} from ${qualified(schema, table)}`, out);
      await write('\\.\n\n');
    }
    await write(`SET session_replication_role = DEFAULT;\n\n`);
    for (const stmt of [...ddl.sequences, ...ddl.postData]) await write(`${stmt}\n\n`);
    await source.query('commit');
  } finally {
    await source.end();
    out.end();
    await once(out, 'close');
  }
}
