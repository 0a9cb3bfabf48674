import type { SupabaseClient } from '@supabase/supabase-js';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { createCurrentAgentSource, toCurrentAgent, type CurrentAgent } from './currentAgent';

const clientFor = (userId: () => string | null) =>
  ({
    auth: {
      getSession: async () => ({ data: { session: userId() ? { user: { id: userId() } } : null } }),
    },
  }) as unknown as SupabaseClient;

const agent = (role: CurrentAgent['role'], active = true): CurrentAgent => ({
  id: 'u1',
  fullName: 'Alice',
  email: 'a@example.com',
  role,
  active,
});

describe('createCurrentAgentSource', () => {
  it('shares one answer between canAccess calls, and reads again once invalidated (a 401/403)', async () => {
    const fetcher = vi.fn().mockResolvedValueOnce(agent('AGENT')).mockResolvedValueOnce(agent('MANAGER'));
    const source = createCurrentAgentSource(
      clientFor(() => 'u1'),
      { staleMs: 60_000, fetcher },
    );
    expect((await source.get())?.role).toBe('AGENT');
    expect((await source.get())?.role).toBe('AGENT');
    expect(fetcher).toHaveBeenCalledTimes(1);
    await source.invalidate();
    expect((await source.get())?.role).toBe('MANAGER');
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('reads again once the answer is older than staleMs, and at once when asked fresh', async () => {
    const fetcher = vi
      .fn()
      .mockResolvedValueOnce(agent('AGENT'))
      .mockResolvedValueOnce(agent('REVIEWER'))
      .mockResolvedValueOnce(agent('ADMIN'));
    const source = createCurrentAgentSource(
      clientFor(() => 'u1'),
      { staleMs: 20, fetcher },
    );
    expect((await source.get())?.role).toBe('AGENT');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await source.get())?.role).toBe('REVIEWER');
    expect((await source.get({ fresh: true }))?.role).toBe('ADMIN');
  });

  it('keeps the answer in the QueryClient it is given, under the key a component subscribes to', async () => {
    const queryClient = new QueryClient();
    const source = createCurrentAgentSource(
      clientFor(() => 'u1'),
      { queryClient, fetcher: async () => agent('MANAGER') },
    );
    await source.get();
    expect(queryClient.getQueryData(source.queryOptions('u1').queryKey)).toMatchObject({ role: 'MANAGER' });
    source.clear();
    expect(queryClient.getQueryData(source.queryOptions('u1').queryKey)).toBeUndefined();
  });

  it("never reuses one user's role for another session", async () => {
    let user: string | null = 'u1';
    const fetcher = vi.fn(async (_client: SupabaseClient, id: string) => ({ ...agent(id === 'u1' ? 'ADMIN' : 'AGENT'), id }));
    const source = createCurrentAgentSource(
      clientFor(() => user),
      { staleMs: 60_000, fetcher },
    );
    expect((await source.get())?.role).toBe('ADMIN');
    user = 'u2';
    expect((await source.get())?.role).toBe('AGENT');
    user = null;
    expect(await source.get()).toBeNull();
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('gives no back-office access to inactive agents and customers', async () => {
    const inactive = createCurrentAgentSource(
      clientFor(() => 'u1'),
      { fetcher: async () => agent('ADMIN', false) },
    );
    expect(await inactive.getActive()).toBeNull();
    const customer = createCurrentAgentSource(
      clientFor(() => 'u1'),
      { fetcher: async () => null },
    );
    expect(await customer.getActive()).toBeNull();
  });

  it('maps agents rows and rejects unknown roles', () => {
    expect(toCurrentAgent({ id: 'x', full_name: ' ', email: 'x@e.co', role: 'REVIEWER', active: true })).toEqual({
      id: 'x',
      fullName: 'x@e.co',
      email: 'x@e.co',
      role: 'REVIEWER',
      active: true,
    });
    expect(toCurrentAgent({ id: 'x', full_name: 'X', email: null, role: 'OWNER', active: true })).toBeNull();
    expect(toCurrentAgent(null)).toBeNull();
  });
});
