/**
 * Payment-link functions as the roles use them: cancel_payment_link (owner agent, manager, admin;
 * never a used link) and get_payment_link (the anonymous checkout page: name, price, status only).
 */
import { describe, expect, it } from 'vitest';
import { createPaymentLink } from './fixtures/sales';
import { worldWithClients } from './fixtures/world-clients';

const t = worldWithClients();
const client = t.client;

const cancelledAt = async (id: string) =>
  (await t.db.one<{ cancelled_at: Date | null }>('select cancelled_at from public.payment_links where id = $1', [id])).cancelled_at;

describe('cancel_payment_link', () => {
  it('the owning agent, a manager and an admin cancel; the event is written', async () => {
    for (const key of ['agent', 'manager', 'admin'] as const) {
      const link = await createPaymentLink(t.db, t.world.catalog.productId, t.world.principals.agent.id);
      const { error } = await client(key).rpc('cancel_payment_link', { p_payment_link_id: link });
      expect(error, key).toBeNull();
      expect(await cancelledAt(link), key).not.toBeNull();
      const events = await t.db.q(`select 1 from public.events where event_type = 'PAYMENT_LINK_CANCELLED' and entity_id = $1`, [link]);
      expect(events, key).toHaveLength(1);
    }
  });

  it("refuses another agent's link, reviewers, customers, inactive agents and used links", async () => {
    const link = await createPaymentLink(t.db, t.world.catalog.productId, t.world.principals.agent.id);
    for (const key of ['otherAgent', 'reviewer', 'customer', 'inactiveAgent'] as const) {
      const { error } = await client(key).rpc('cancel_payment_link', { p_payment_link_id: link });
      expect(error?.code, key).toBe('42501');
    }
    expect((await client('anon').rpc('cancel_payment_link', { p_payment_link_id: link })).error).not.toBeNull();
    expect(await cancelledAt(link)).toBeNull();
    const used = await client('manager').rpc('cancel_payment_link', { p_payment_link_id: t.world.ours.linkId });
    expect(used.error).not.toBeNull();
    expect(await cancelledAt(t.world.ours.linkId)).toBeNull();
  });
});

describe('get_payment_link (anonymous checkout page)', () => {
  const tokenOf = async (id: string) =>
    (await t.db.one<{ token: string }>('select token from public.payment_links where id = $1', [id])).token;

  it('anon reads the product name, price and status of a link by its token, and nothing else', async () => {
    const link = await createPaymentLink(t.db, t.world.catalog.productId, t.world.principals.agent.id);
    const { data, error } = await client('anon').rpc('get_payment_link', { p_token: await tokenOf(link) });
    expect(error).toBeNull();
    const product = await t.db.one('select name, price_amount, currency from public.products where id = $1', [t.world.catalog.productId]);
    expect(data).toEqual([
      { product_name: product.name, price_amount: product.price_amount, currency: product.currency, status: 'active', expires_at: null },
    ]);

    const usedToken = await tokenOf(t.world.ours.linkId);
    expect((await client('anon').rpc('get_payment_link', { p_token: usedToken })).data?.[0]?.status).toBe('used');
    await client('agent').rpc('cancel_payment_link', { p_payment_link_id: link });
    expect((await client('anon').rpc('get_payment_link', { p_token: await tokenOf(link) })).data?.[0]?.status).toBe('cancelled');
  });

  it('refuses malformed and unknown tokens', async () => {
    expect((await client('anon').rpc('get_payment_link', { p_token: "x' or 1=1" })).error?.code).toBe('22023');
    expect((await client('anon').rpc('get_payment_link', { p_token: 'f'.repeat(32) })).error?.code).toBe('P0002');
  });

  it('anon still cannot read payment_links directly', async () => {
    const { data, error } = await client('anon').from('payment_links').select('token');
    expect(data ?? []).toEqual([]);
    expect(error).not.toBeNull();
  });
});
