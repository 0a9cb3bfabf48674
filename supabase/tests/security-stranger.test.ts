/**
 * A "stranger": a user who signed up (an auth user with an e-mail identity, a real session from
 * the auth service) but is neither an agent nor a customer with a profile. On a hosted project
 * sign-up is open until `supabase config push` applies enable_signup = false, so the database must
 * give such a user nothing: role-matrix style, every table of schema public x select / insert /
 * update / delete on the fixture world's rows is refused, and so is the documents bucket.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, serviceClient, signedInClient } from '../../stack/services/auth/test-helpers';
import { openDb, type Db } from './fixtures/db';
import { buildWorld, type Principal, type World } from './fixtures/world';
import { MATRIX_CASES } from './security/matrix-cases';
import { ACTIONS, ROLE_MATRIX, type Action } from './security/role-matrix';

let db: Db;
let world: World;
let stranger: Principal;
let client: SupabaseClient;

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  const user = await createConfirmedUser(serviceClient(), 'stranger');
  stranger = { key: 'customer', id: user.id, email: user.email, isAgent: false };
  client = (await signedInClient(user.email, user.password)).client;
});

afterAll(async () => {
  await db?.close();
});

async function exists(table: string, id: string): Promise<boolean> {
  return (await db.q(`select 1 from public.${table} where id = $1`, [id])).length === 1;
}

async function columnValue(table: string, id: string, column: string): Promise<string> {
  const row = await db.one<{ v: unknown }>(`select to_jsonb(t.${column}) as v from public.${table} t where t.id = $1`, [id]);
  return JSON.stringify(row.v);
}

async function strangerCan(table: string, action: Action): Promise<{ allowed: boolean; detail: string }> {
  const cases = MATRIX_CASES[table]!;
  switch (action) {
    case 'select': {
      const { data, error } = await client
        .from(table)
        .select('id')
        .eq('id', await cases.selectTarget(world, db));
      return { allowed: !error && data?.length === 1, detail: error?.message ?? `${data?.length ?? 0} row(s)` };
    }
    case 'insert': {
      const row = await cases.insertRow(world, stranger, db);
      const { error } = await client.from(table).insert(row);
      return { allowed: await exists(table, row.id as string), detail: error?.message ?? 'no error' };
    }
    case 'update': {
      const target = await cases.fresh(world, db);
      const before = await columnValue(table, target, cases.update.column);
      const { error } = await client
        .from(table)
        .update({ [cases.update.column]: cases.update.value(world) })
        .eq('id', target);
      return { allowed: before !== (await columnValue(table, target, cases.update.column)), detail: error?.message ?? 'no error' };
    }
    case 'delete': {
      const target = await cases.fresh(world, db);
      const { error } = await client.from(table).delete().eq('id', target);
      return { allowed: !(await exists(table, target)), detail: error?.message ?? 'no error' };
    }
  }
}

describe('a signed-up user with no profile and no agents row', () => {
  it('is a real user of the auth service, with neither role', async () => {
    expect(
      await db.q('select 1 from public.profiles where id = $1 union all select 1 from public.agents where id = $1', [stranger.id]),
    ).toEqual([]);
    const { data } = await client.auth.getUser();
    expect(data.user?.id).toBe(stranger.id);
  });

  for (const table of Object.keys(ROLE_MATRIX)) {
    for (const action of ACTIONS) {
      it(`cannot ${action} ${table}`, async () => {
        const { allowed, detail } = await strangerCan(table, action);
        expect(allowed, `stranger ${action} ${table}: ${detail}`).toBe(false);
      });
    }
  }

  it('cannot create its own customer profile', async () => {
    const { error } = await client.from('profiles').insert({ id: stranger.id, full_name: 'Self-made customer' });
    expect(error).not.toBeNull();
    expect(await exists('profiles', stranger.id!)).toBe(false);
  });

  it('cannot upload to or list the documents bucket', async () => {
    const path = `${world.ours.dossierId}/probe/stranger.pdf`;
    const upload = await client.storage.from('documents').upload(path, new Blob(['%PDF-1.4'], { type: 'application/pdf' }));
    expect(upload.error).not.toBeNull();
    const list = await client.storage.from('documents').list(world.ours.dossierId);
    expect(list.data ?? []).toEqual([]);
  });
});
