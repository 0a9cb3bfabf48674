import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it, vi } from 'vitest';
import { createAuthProvider, isSessionError } from './authProvider';
import { createCurrentAgentSource, type CurrentAgent } from './currentAgent';

const client = {
  auth: { getSession: async () => ({ data: { session: { user: { id: 'u1' } } } }) },
} as unknown as SupabaseClient;

const sourceReturning = (agent: CurrentAgent | null) => createCurrentAgentSource(client, { fetcher: async () => agent });

describe('authProvider', () => {
  it('logs out only on session errors, not on row-level security refusals', () => {
    expect(isSessionError({ status: 401 })).toBe(true);
    expect(isSessionError({ status: 401, body: { code: 'PGRST301' } })).toBe(true);
    expect(isSessionError({ status: 403, body: { code: '42501' } })).toBe(false);
    expect(isSessionError({ status: 409, body: { code: '23505' } })).toBe(false);
  });

  it("answers canAccess from the agent's current role", async () => {
    const manager = createAuthProvider(client, {
      agents: sourceReturning({ id: 'm', fullName: 'M', email: null, role: 'MANAGER', active: true }),
    });
    expect(await manager.canAccess({ resource: 'orders', action: 'refund' } as never)).toBe(true);
    expect(await manager.canAccess({ resource: 'products', action: 'edit' } as never)).toBe(false);
    expect(await manager.getPermissions()).toBe('MANAGER');
  });

  it('reads the agent again after a 403 from the data provider: a new role applies at once', async () => {
    const fetcher = vi
      .fn()
      .mockResolvedValueOnce({ id: 'u1', fullName: 'A', email: null, role: 'AGENT', active: true })
      .mockResolvedValueOnce({ id: 'u1', fullName: 'A', email: null, role: 'REVIEWER', active: true });
    const provider = createAuthProvider(client, { agents: createCurrentAgentSource(client, { staleMs: 60_000, fetcher }) });
    expect(await provider.canAccess({ resource: 'payment_links', action: 'list' } as never)).toBe(true);
    await provider.checkError({ status: 403, body: { code: '42501' } });
    expect(await provider.canAccess({ resource: 'payment_links', action: 'list' } as never)).toBe(false);
    expect(await provider.getPermissions()).toBe('REVIEWER');
  });

  it('gives an inactive agent and a customer no access at all', async () => {
    const inactive = createAuthProvider(client, {
      agents: sourceReturning({ id: 'i', fullName: 'I', email: null, role: 'ADMIN', active: false }),
    });
    expect(await inactive.canAccess({ resource: 'products', action: 'list' } as never)).toBe(false);
    const customer = createAuthProvider(client, { agents: sourceReturning(null) });
    expect(await customer.canAccess({ resource: 'dashboard', action: 'show' } as never)).toBe(false);
    await expect(customer.checkError({ status: 403, body: { code: '42501' } })).resolves.toBeUndefined();
    await expect(customer.checkError({ status: 401 })).rejects.toBeTruthy();
  });
});
