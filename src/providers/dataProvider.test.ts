import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it, vi } from 'vitest';
import { createDataProvider } from './dataProvider';

/** A client that answers RPCs as given and fails the test on any direct table access. */
const fakeClient = (answer: { data: unknown; error: unknown; status: number }) => {
  const rpc = vi.fn(async () => answer);
  const from = vi.fn(() => {
    throw new Error('direct table access');
  });
  return { client: { rpc, from } as unknown as SupabaseClient, rpc, from };
};

const provider = (client: SupabaseClient) =>
  createDataProvider({ client, url: 'http://api.test', anonKey: 'anon', translate: (key: string) => key });

describe('business writes go through their SQL functions', () => {
  it('cancels an order with cancel_order, not a PATCH of orders', async () => {
    const { client, rpc, from } = fakeClient({ data: { id: 'o1', status: 'CANCELLED' }, error: null, status: 200 });
    await provider(client).cancelOrder('o1');
    expect(rpc).toHaveBeenCalledWith('cancel_order', { p_order_id: 'o1' });
    expect(from).not.toHaveBeenCalled();
  });

  it("keeps PostgREST's status: 404 for no such order, 409 for a paid one", async () => {
    for (const [status, code] of [
      [404, 'P0002'],
      [409, '55000'],
    ] as const) {
      const { client } = fakeClient({ data: null, error: { code, message: `refused ${code}` }, status });
      await expect(provider(client).cancelOrder('o1')).rejects.toMatchObject({ status, body: { code } });
    }
  });
});
