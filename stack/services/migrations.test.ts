import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, sql, type ScratchDatabase } from '../testing/context';
import { applyMigrations, MigrationError } from './migrations';

describe('migration runner', () => {
  let db: ScratchDatabase;
  let dir: string;
  const write = (name: string, body: string) => writeFileSync(path.join(dir, name), body);

  beforeEach(async () => {
    db = await createScratchDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  });
  afterEach(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies files in name order, once, recording them like the Supabase CLI', async () => {
    write('20240102000000_second.sql', "insert into log values ('second');");
    write('20240101000000_first.sql', "create table log (step text);\ninsert into log values ('first');");
    const applied = await applyMigrations(db.url, dir);
    expect(applied.map((m) => m.version)).toEqual(['20240101000000', '20240102000000']);
    expect((await sql('select step from log', [], db.url)).map((r) => r.step)).toEqual(['first', 'second']);

    const history = await sql('select version, name, statements from supabase_migrations.schema_migrations order by version', [], db.url);
    expect(history).toEqual([
      { version: '20240101000000', name: 'first', statements: ['create table log (step text)', "insert into log values ('first')"] },
      { version: '20240102000000', name: 'second', statements: ["insert into log values ('second')"] },
    ]);

    expect(await applyMigrations(db.url, dir)).toEqual([]);
    expect(await sql('select count(*)::int as n from log', [], db.url)).toEqual([{ n: 2 }]);
  });

  it('stops at a failing file, names it with the database error, and keeps nothing of it', async () => {
    write('20240101000000_ok.sql', 'create table kept (id int);');
    write('20240102000000_broken.sql', 'create table half (id int);\nselect * from missing_table;');
    write('20240103000000_after.sql', 'create table never (id int);');
    const error = await applyMigrations(db.url, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain('20240102000000_broken.sql');
    expect((error as Error).message).toContain('relation "missing_table" does not exist');
    const tables = await sql("select tablename from pg_tables where schemaname = 'public' order by 1", [], db.url);
    expect(tables.map((t) => t.tablename)).toEqual(['kept']);
    const versions = await sql('select version from supabase_migrations.schema_migrations', [], db.url);
    expect(versions.map((v) => v.version)).toEqual(['20240101000000']);
  });

  it('rejects a file whose name does not follow the CLI convention', async () => {
    write('init.sql', 'select 1;');
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/<14-digit timestamp>_<name>\.sql: init\.sql/);
  });
});
