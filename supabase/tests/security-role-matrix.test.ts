/**
 * The role matrix of product.md §2, tried for real through the gateway and PostgREST with signed
 * tokens: every principal × every table of schema public × select / insert / update / delete.
 * Expectations: security/role-matrix.ts; what each cell does: security/matrix-cases.ts.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { openDb, type Db } from './fixtures/db';
import { buildWorld, PRINCIPALS, type PrincipalKey, type World } from './fixtures/world';
import { MATRIX_CASES } from './security/matrix-cases';
import { ACTIONS, MATRIX_COLUMNS, ROLE_MATRIX, parseLine, type Action } from './security/role-matrix';

let db: Db;
let world: World;
const clients = new Map<PrincipalKey, SupabaseClient>();

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  for (const key of PRINCIPALS) clients.set(key, await clientFor(world.principals[key]));
});

afterAll(async () => {
  await db?.close();
});

async function exists(table: string, id: string): Promise<boolean> {
  const rows = await db.q(`select 1 from public.${table} where id = $1`, [id]);
  return rows.length === 1;
}

async function columnValue(table: string, id: string, column: string): Promise<string> {
  const row = await db.one<{ v: unknown }>(`select to_jsonb(t.${column}) as v from public.${table} t where t.id = $1`, [id]);
  return JSON.stringify(row.v);
}

async function tryCell(table: string, action: Action, key: PrincipalKey): Promise<{ allowedNow: boolean; detail: string }> {
  const cases = MATRIX_CASES[table];
  if (!cases) throw new Error(`no matrix case for table ${table}`);
  const client = clients.get(key)!;
  const principal = world.principals[key];
  switch (action) {
    case 'select': {
      const target = await cases.selectTarget(world, db);
      const { data, error } = await client.from(table).select('id').eq('id', target);
      return { allowedNow: !error && data?.length === 1, detail: error?.message ?? `${data?.length ?? 0} row(s)` };
    }
    case 'insert': {
      const row = await cases.insertRow(world, principal, db);
      const { error } = await client.from(table).insert(row);
      const inserted = await exists(table, row.id as string);
      if (inserted && error) throw new Error(`row inserted but the API answered an error: ${error.message}`);
      return { allowedNow: inserted, detail: error?.message ?? 'no error' };
    }
    case 'update': {
      const target = await cases.fresh(world, db);
      const before = await columnValue(table, target, cases.update.column);
      const { error } = await client
        .from(table)
        .update({ [cases.update.column]: cases.update.value(world) })
        .eq('id', target);
      const after = await columnValue(table, target, cases.update.column);
      return { allowedNow: before !== after, detail: error?.message ?? `before ${before}, after ${after}` };
    }
    case 'delete': {
      const target = await cases.fresh(world, db);
      const { error } = await client.from(table).delete().eq('id', target);
      return { allowedNow: !(await exists(table, target)), detail: error?.message ?? 'no error' };
    }
  }
}

describe('every table of schema public is in the role matrix', () => {
  it('lists exactly the public tables', async () => {
    const rows = await db.q<{ relname: string }>(
      `select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') order by 1`,
    );
    expect(rows.map((r) => r.relname)).toEqual(Object.keys(ROLE_MATRIX).sort());
  });
});

for (const [table, expectations] of Object.entries(ROLE_MATRIX)) {
  describe(`role matrix: ${table}`, () => {
    for (const action of ACTIONS) {
      const allowed = parseLine(expectations[action]);
      for (const key of MATRIX_COLUMNS) {
        it(`${key} ${allowed[key] ? 'can' : 'cannot'} ${action}`, async () => {
          const { allowedNow, detail } = await tryCell(table, action, key);
          expect(allowedNow, `${key} ${action} ${table}: ${detail}`).toBe(allowed[key]);
        });
      }
    }
  });
}
