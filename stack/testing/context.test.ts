/** Scratch databases copied from a template built once (createScratchDatabaseFrom). */
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, createScratchDatabaseFrom, getStack, sql, type ScratchDatabase } from './context';

const made: ScratchDatabase[] = [];
const keep = (db: ScratchDatabase) => {
  made.push(db);
  return db;
};

afterAll(async () => {
  for (const db of made) await db.drop();
});

/** What a database has of its own, outside its schemas: owner, privileges, settings. */
const databaseLevel = async (db: ScratchDatabase) => {
  const [row] = await sql<{ owner: string; acl: string[]; settings: string[] | null }>(
    `select pg_get_userbyid(d.datdba) as owner, d.datacl::text[] as acl,
            (select setconfig from pg_db_role_setting s where s.setdatabase = d.oid and s.setrole = 0) as settings
     from pg_database d where d.datname = $1`,
    [db.name],
    db.adminUrl,
  );
  return { ...row!, acl: row!.acl.map((entry) => entry.replace(/\/.*$/, '')).sort() };
};

describe('createScratchDatabaseFrom', () => {
  it('builds once and gives each caller its own copy, with the rows and the database settings of a new scratch database', async () => {
    const key = `test_${randomBytes(4).toString('hex')}`;
    let builds = 0;
    const build = async (db: ScratchDatabase) => {
      builds += 1;
      await sql('create table public.built (n int); insert into public.built values (42)', [], db.url);
    };
    const first = keep(await createScratchDatabaseFrom(key, build));
    const second = keep(await createScratchDatabaseFrom(key, build));
    expect(builds).toBe(1);
    expect(first.name).not.toBe(second.name);
    expect(await sql('select n from public.built', [], first.url)).toEqual([{ n: 42 }]);
    // each copy is its own: a write to one is not in the other
    await sql('insert into public.built values (7)', [], first.url);
    expect(await sql('select n from public.built', [], second.url)).toEqual([{ n: 42 }]);

    const fresh = keep(await createScratchDatabase());
    const expected = await databaseLevel(fresh);
    expect(expected.owner).toBe('postgres');
    expect(expected.settings).toEqual(['search_path="$user", public, extensions']);
    expect(await databaseLevel(first)).toEqual(expected);
    // the hosted role sees the copy as its own project database
    expect(await sql('select current_user as who, current_setting($1) as path', ['search_path'], second.url)).toEqual([
      { who: 'postgres', path: '"$user", public, extensions' },
    ]);
    await sql(`drop database template_${key}`, [], getStack().adminDbUrl);
  });

  it('publishes nothing when the build fails: the next caller builds again', async () => {
    const key = `test_${randomBytes(4).toString('hex')}`;
    const databases = async () => (await sql(`select datname from pg_database`, [], getStack().adminDbUrl)).length;
    const before = await databases();
    await expect(
      createScratchDatabaseFrom(key, async () => {
        throw new Error('build failed');
      }),
    ).rejects.toThrow('build failed');
    expect(await databases()).toBe(before);
    let built = false;
    keep(
      await createScratchDatabaseFrom(key, async () => {
        built = true;
      }),
    );
    expect(built).toBe(true);
    await sql(`drop database template_${key}`, [], getStack().adminDbUrl);
  });
});
