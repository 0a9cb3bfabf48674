/**
 * A role change or a deactivation applies to the agent's very next request, with the same token:
 * the helpers read the agents table on every statement, never the JWT.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { openDb, type Db } from './fixtures/db';
import { setAgent } from './fixtures/people';
import { buildWorld, type World } from './fixtures/world';

let db: Db;
let world: World;
let agent: SupabaseClient;

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  agent = await clientFor(world.principals.agent);
});
afterAll(async () => {
  await db?.close();
});

async function visibleDossiers(): Promise<string[]> {
  const { data, error } = await agent.from('dossiers').select('id').in('id', [world.ours.dossierId, world.theirs.dossierId]);
  expect(error).toBeNull();
  return (data ?? []).map((r) => r.id as string).sort();
}

describe('role changes take effect on the next request', () => {
  it('AGENT -> REVIEWER -> deactivated -> reactivated AGENT, one token throughout', async () => {
    const agentId = world.principals.agent.id!;
    expect(await visibleDossiers()).toEqual([world.ours.dossierId]);

    await setAgent(db, agentId, { role: 'REVIEWER' });
    expect(await visibleDossiers()).toEqual([world.ours.dossierId, world.theirs.dossierId].sort());
    // A reviewer does not see payment links, even their own.
    const links = await agent.from('payment_links').select('id').eq('id', world.ours.linkId);
    expect(links.data).toEqual([]);

    await setAgent(db, agentId, { active: false });
    expect(await visibleDossiers()).toEqual([]);
    const directory = await agent.from('agents').select('id');
    expect(directory.data).toEqual([]);
    const products = await agent.from('products').select('id').eq('id', world.catalog.productId);
    expect(products.data).toEqual([]);

    await setAgent(db, agentId, { role: 'AGENT', active: true });
    expect(await visibleDossiers()).toEqual([world.ours.dossierId]);
  });

  it('a demoted ADMIN can no longer write the catalog', async () => {
    const admin = await clientFor(world.principals.admin);
    const rename = (name: string) => admin.from('products').update({ name }).eq('id', world.catalog.productId).select('name');
    expect((await rename('Renamed by admin')).data).toEqual([{ name: 'Renamed by admin' }]);
    await setAgent(db, world.principals.admin.id!, { role: 'MANAGER' });
    try {
      expect((await rename('Renamed by ex-admin')).data).toEqual([]);
      const row = await db.one<{ name: string }>('select name from public.products where id = $1', [world.catalog.productId]);
      expect(row.name).toBe('Renamed by admin');
    } finally {
      await setAgent(db, world.principals.admin.id!, { role: 'ADMIN' });
    }
  });
});
