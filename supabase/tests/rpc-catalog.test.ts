/** reorder_product_steps: an admin reorders a workflow in one call; everyone else is refused. */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { openDb, type Db } from './fixtures/db';
import { createProduct } from './fixtures/catalog';
import { buildWorld, type PrincipalKey, type World } from './fixtures/world';

let db: Db;
let world: World;
const as: Partial<Record<PrincipalKey, SupabaseClient>> = {};

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  for (const key of ['admin', 'manager', 'agent'] as const) as[key] = await clientFor(world.principals[key]);
});
afterAll(async () => {
  await db?.close();
});

const workflow = async (productId: string) =>
  db.q<{ id: string; step_id: string; position: number }>(
    'select id, step_id, position from public.product_steps where product_id = $1 order by position',
    [productId],
  );

describe('reorder_product_steps', () => {
  it('an admin reverses a workflow; positions keep their numbering', async () => {
    const { productId, stepIds } = await createProduct(db, { steps: 3 });
    const before = await workflow(productId);
    const reversed = [...before].reverse().map((r) => r.id);
    const { data, error } = await as.admin!.rpc('reorder_product_steps', { p_product_id: productId, p_product_step_ids: reversed });
    expect(error).toBeNull();
    expect((data as { id: string }[]).map((r) => r.id)).toEqual(reversed);
    const after = await workflow(productId);
    expect(after.map((r) => r.step_id)).toEqual([...stepIds].reverse());
    expect(after.map((r) => r.position)).toEqual(before.map((r) => r.position));
  });

  it('refuses incomplete or foreign id lists, unknown products and non-admins, changing nothing', async () => {
    const { productId } = await createProduct(db, { steps: 3 });
    const before = await workflow(productId);
    const ids = before.map((r) => r.id);
    const call = (key: 'admin' | 'manager' | 'agent', product: string, list: string[]) =>
      as[key]!.rpc('reorder_product_steps', { p_product_id: product, p_product_step_ids: list });
    expect((await call('admin', productId, ids.slice(1))).error?.code).toBe('22023');
    expect((await call('admin', productId, [ids[0]!, ids[0]!, ids[1]!])).error?.code).toBe('22023');
    expect((await call('admin', '00000000-0000-4000-8000-000000000000', ids)).error?.code).toBe('P0002');
    expect((await call('manager', productId, [...ids].reverse())).error?.code).toBe('42501');
    expect((await call('agent', productId, [...ids].reverse())).error?.code).toBe('42501');
    expect(await workflow(productId)).toEqual(before);
  });
});
