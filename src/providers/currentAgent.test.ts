import type { SupabaseClient } from '@supabase/supabase-js';
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
  it('reads the role again once the short cache expires, so a role change applies', async () => {
    let clock = 0;
    const fetcher = vi.fn().mockResolvedValueOnce(agent('AGENT')).mockResolvedValueOnce(agent('MANAGER'));
    const source = createCurrentAgentSource(clientFor(() => 'u1'), { ttlMs: 1000, now: () => clock, fetcher });
    expect((await source.get())?.role).toBe('AGENT');
    clock = 500;
    expect((await source.get())?.role).toBe('AGENT');
    expect(fetcher).toHaveBeenCalledTimes(1);
    clock = 1500;
    expect((await source.get())?.role).toBe('MANAGER');
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('never reuses one user\'s role for another session, and forgets it on clear()', async () => {
    let user: string | null = 'u1';
    const fetcher = vi.fn(async (_client: SupabaseClient, id: string) => ({ ...agent(id === 'u1' ? 'ADMIN' : 'AGENT'), id }));
    const source = createCurrentAgentSource(clientFor(() => user), { ttlMs: 60_000, fetcher });
    expect((await source.get())?.role).toBe('ADMIN');
    user = 'u2';
    expect((await source.get())?.role).toBe('AGENT');
    user = null;
    expect(await source.get()).toBeNull();
    user = 'u2';
    source.clear();
    await source.get();
    expect(fetcher).toHaveBeenCalledTimes(3);
  });

  it('gives no back-office access to inactive agents and customers', async () => {
    const inactive = createCurrentAgentSource(clientFor(() => 'u1'), { fetcher: async () => agent('ADMIN', false) });
    expect(await inactive.getActive()).toBeNull();
    const customer = createCurrentAgentSource(clientFor(() => 'u1'), { fetcher: async () => null });
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
