/** The snapshot module sees every kind of change the migrate -> revert comparison relies on. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../testing/context';
import { diffSnapshots, listTables, snapshotCatalog, snapshotRows, type Snapshot } from './snapshot';

describe('database snapshots', () => {
  let db: ScratchDatabase;
  let client: pg.Client;

  const snapshot = async (): Promise<Snapshot> => ({
    catalog: await snapshotCatalog(client, { schemas: ['public', 'snap'] }),
    rows: await snapshotRows(client, await listTables(client, ['snap'])),
  });

  beforeAll(async () => {
    db = await createScratchDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`
      create schema snap;
      create table snap.t (id int primary key, a text default 'x', b jsonb, c timestamptz);
      create function snap.g() returns int language sql as 'select 1';
      insert into snap.t values (1, 'one', '{"k": 1}', 'infinity'), (2, null, null, '2999-01-01'), (3, 'three', '[]', '-infinity');`);
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  /** Applies `change` in a transaction, returns the differences it makes, and undoes it. */
  async function differencesOf(change: string): Promise<string[]> {
    await client.query('begin');
    try {
      const before = await snapshot();
      await client.query(change);
      return diffSnapshots(before, await snapshot());
    } finally {
      await client.query('rollback');
    }
  }

  it('finds no difference between two snapshots of the same database', async () => {
    expect(diffSnapshots(await snapshot(), await snapshot())).toEqual([]);
  });

  it('does not depend on row order', async () => {
    expect(
      await differencesOf(`create table snap.copy as select * from snap.t order by id desc; delete from snap.t;
      insert into snap.t select * from snap.copy; drop table snap.copy`),
    ).toEqual([]);
  });

  it.each([
    ['a value', `update snap.t set a = 'uno' where id = 1`, /rows snap\.t\.a: values differ/],
    ['a NULL becoming the text NULL', `update snap.t set a = 'NULL' where id = 2`, /rows snap\.t\.a: values differ/],
    [
      'values swapped between rows',
      `update snap.t set a = case id when 1 then 'three' when 3 then 'one' else a end`,
      /rows snap\.t: rows differ/,
    ],
    ['a row', `delete from snap.t where id = 2`, /rows snap\.t: 3 rows -> 2/],
    ['a column', `alter table snap.t add column d int`, /columns snap\.t\.d: added/],
    ['a default', `alter table snap.t alter column a drop default`, /columns snap\.t\.a: default/],
    [
      'nullability',
      `update snap.t set a = 'x' where a is null; alter table snap.t alter column a set not null`,
      /columns snap\.t\.a: not_null false -> true/,
    ],
    ['a column type', `alter table snap.t alter column b type json`, /columns snap\.t\.b: type/],
    ['a constraint', `alter table snap.t add constraint t_a_check check (a <> '')`, /constraints snap\.t\.t_a_check: added/],
    ['an index', `create index t_a on snap.t (a)`, /indexes snap\.t\.t_a: added/],
    ['a policy', `create policy p on snap.t for select to anon using (true)`, /policies snap\.t\.p: added/],
    ['row level security', `alter table snap.t enable row level security`, /tables snap\.t: rls false -> true/],
    ['a table grant', `grant select on snap.t to anon`, /tableGrants snap\.t\.anon\.SELECT: added/],
    ['a column grant', `grant update (a) on snap.t to authenticated`, /columnGrants snap\.t\.a\.authenticated\.UPDATE: added/],
    [
      'a default privilege',
      `alter default privileges in schema snap grant select on tables to anon`,
      /defaultPrivileges .*snap\.r\.anon\.SELECT: added/,
    ],
    ['a function', `create function snap.f() returns int language sql as 'select 1'`, /functions snap\.f\.: added/],
    ['a function grant', `revoke execute on function snap.g() from public`, /functions snap\.g\.: acl/],
    [
      'a trigger',
      `create function snap.tf() returns trigger language plpgsql as 'begin return new; end';
      create trigger tr before insert on snap.t for each row execute function snap.tf()`,
      /triggers snap\.t\.tr: added/,
    ],
    ['an enum label', `create type snap.e as enum ('A'); alter type snap.e add value 'B'`, /types snap\.e: added/],
    ['a schema', `drop schema snap cascade`, /schemas snap: missing/],
  ])('sees %s change', async (_what, change, expected) => {
    const differences = await differencesOf(change);
    expect(differences.join('\n')).toMatch(expected);
  });

  it('limits the row checksum to the listed columns', async () => {
    await client.query('begin');
    try {
      const spec = [{ table: 'snap.t', columns: ['id', 'a'] }];
      const before = await snapshotRows(client, spec);
      await client.query(`alter table snap.t add column d int default 7; update snap.t set b = null`);
      expect(diffSnapshots({ rows: before }, { rows: await snapshotRows(client, spec) })).toEqual([]);
    } finally {
      await client.query('rollback');
    }
  });
});
