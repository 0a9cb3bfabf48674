/**
 * A payment link's state is computed once, in SQL: public.status(payment_links), a PostgREST
 * computed field (migration 20250601000871). The API returns it with `select=...,status`,
 * filters on it, and the anonymous checkout lookup says the same.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './fixtures/api';
import { openDb, type Db } from './fixtures/db';
import { createPaymentLink } from './fixtures/sales';
import { buildWorld, type World } from './fixtures/world';

let db: Db;
let world: World;
let manager: SupabaseClient;
const links: Record<'active' | 'used' | 'expired' | 'cancelled', string> = { active: '', used: '', expired: '', cancelled: '' };

beforeAll(async () => {
  db = openDb();
  world = await buildWorld(db);
  manager = await clientFor(world.principals.manager);
  const agent = world.principals.agent.id;
  for (const key of Object.keys(links) as (keyof typeof links)[]) links[key] = await createPaymentLink(db, world.catalog.productId, agent);
  await db.q(
    `update public.payment_links set created_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = $1`,
    [links.expired],
  );
  await db.q(`update public.payment_links set cancelled_at = now() where id = $1`, [links.cancelled]);
  await db.q(`update public.payment_links set used_at = now(), expires_at = now() + interval '1 day' where id = $1`, [links.used]);
  await db.q(`update public.payment_links set expires_at = now() + interval '1 day' where id = $1`, [links.active]);
});
afterAll(async () => {
  await db?.close();
});

describe('payment_links.status', () => {
  it('is returned by the API as a computed column', async () => {
    const ids = [links.active, links.used, links.expired, links.cancelled];
    const { data, error } = await manager.from('payment_links').select('id, status').in('id', ids);
    expect(error).toBeNull();
    const byId = new Map((data ?? []).map((row) => [row.id, row.status]));
    expect(ids.map((id) => byId.get(id))).toEqual(['active', 'used', 'expired', 'cancelled']);
  });

  it('is a filter PostgREST applies', async () => {
    for (const status of ['active', 'used', 'expired', 'cancelled'] as const) {
      const { data, error } = await manager
        .from('payment_links')
        .select('id')
        .eq('status', status)
        .in('id', [links.active, links.used, links.expired, links.cancelled]);
      expect(error, status).toBeNull();
      expect(
        (data ?? []).map((row) => row.id),
        status,
      ).toEqual([links[status]]);
    }
  });

  it('is what the anonymous checkout lookup says', async () => {
    const token = await db.one<{ token: string }>('select token from public.payment_links where id = $1', [links.expired]);
    const anon = await clientFor(world.principals.anon);
    const lookup = await anon.rpc('get_payment_link', { p_token: token.token }).single<{ status: string }>();
    expect(lookup.data?.status).toBe('expired');
  });

  it('is derived by public.status and, inline for speed, the two dashboards only (20250601000921)', async () => {
    // The CASE over used_at / cancelled_at / expires_at: public.status, and the dashboards that
    // count many links (a call of public.status per row is not inlined: 570 ms vs 21 ms per 77k
    // links). The two tests below hold them to public.status's answer for every state.
    const rederiving = await db.q<{ name: string }>(
      `select p.oid::regprocedure::text as name
         from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('public', 'private')
          and p.prosrc ~* 'used_at\\s+is\\s+not\\s+null'
          and p.prosrc ~* 'cancelled_at\\s+is\\s+not\\s+null'
          and p.oid <> 'public.status(public.payment_links)'::regprocedure
        order by 1`,
    );
    expect(rederiving.map((row) => row.name)).toEqual([
      'my_payment_links_summary(timestamp with time zone,timestamp with time zone)',
      'payment_link_conversion(timestamp with time zone,timestamp with time zone)',
    ]);
  });

  it("gives the managers' conversion the same counts as the computed field", async () => {
    // Links of every state in a period of their own (other test files write links meanwhile).
    const period = { p_from: '2012-02-29T00:00:00Z', p_to: '2012-03-01T00:00:00Z' };
    const agent = world.principals.agent.id;
    const made = [];
    for (let i = 0; i < 5; i += 1) made.push(await createPaymentLink(db, world.catalog.productId, agent));
    await db.q(
      `update public.payment_links set created_at = '2012-02-29T12:00:00Z', expires_at = now() + interval '1 day' where id = any($1)`,
      [made],
    );
    await db.q(`update public.payment_links set used_at = now() where id = $1`, [made[0]]);
    await db.q(`update public.payment_links set cancelled_at = now() where id = $1`, [made[1]]);
    await db.q(`update public.payment_links set expires_at = now() - interval '1 day' where id = $1`, [made[2]]);
    const conversion = await manager.rpc('payment_link_conversion', period).single<Record<string, number>>();
    expect(conversion.error).toBeNull();
    const expected = await manager.from('payment_links').select('status').gte('created_at', period.p_from).lt('created_at', period.p_to);
    expect(expected.error).toBeNull();
    const count = (state: string) => (expected.data ?? []).filter((row) => row.status === state).length;
    expect(conversion.data).toMatchObject({
      links_created: 5,
      links_used: count('used'),
      links_cancelled: count('cancelled'),
      links_expired: count('expired'),
      links_active: count('active'),
    });
    expect(['used', 'cancelled', 'expired', 'active'].map(count)).toEqual([1, 1, 1, 2]);
  });

  it("gives the agent's summary the same counts as the computed field", async () => {
    const period = { p_from: new Date(Date.now() - 3 * 86_400_000).toISOString(), p_to: new Date(Date.now() + 60_000).toISOString() };
    const agent = await clientFor(world.principals.agent);
    const summary = await agent.rpc('my_payment_links_summary', period);
    expect(summary.error).toBeNull();
    const expected = await manager
      .from('payment_links')
      .select('status')
      .eq('created_by', world.principals.agent.id)
      .gte('created_at', period.p_from)
      .lt('created_at', period.p_to);
    expect(expected.error).toBeNull();
    const count = (state: string) => (expected.data ?? []).filter((row) => row.status === state).length;
    expect(summary.data).toEqual(['used', 'active', 'expired', 'cancelled'].map((state) => ({ state, links_count: count(state) })));
    expect(count('expired')).toBeGreaterThan(0);
  });
});
