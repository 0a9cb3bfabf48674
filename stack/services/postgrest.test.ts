/** PostgREST behind the gateway applies row-level security from the caller's token. */
import { describe, expect, it } from 'vitest';
import { getStack, sql } from '../testing/context';
import { userToken } from '../testing/tokens';
import { supabaseClient } from '../testing/supabase';

const client = (key: string, token?: string) => supabaseClient({ key: key === getStack().serviceRoleKey ? 'service' : 'anon', token });

describe('PostgREST through the gateway', () => {
  it('shows a customer only their own profile', async () => {
    const config = getStack();
    const [customer] = await sql<{ id: string }>("select id from auth.users where email = 'customer@example.com'");
    expect(customer).toBeDefined();
    const { data, error } = await client(config.anonKey, await userToken(config, customer!.id))
      .from('profiles')
      .select('id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: customer!.id }]);
  });

  it('shows the anon key nothing protected', async () => {
    // anon holds no privilege on public tables (20250601000220_security_grants.sql): refused, never a profile.
    const { data, error } = await client(getStack().anonKey).from('profiles').select('id');
    expect(error?.code).toBe('42501');
    expect(data).toBeNull();
  });

  it('lets the service key bypass row-level security', async () => {
    const [{ n }] = (await sql<{ n: number }>('select count(*)::int as n from public.profiles')) as [{ n: number }];
    const { data, error } = await client(getStack().serviceRoleKey).from('profiles').select('id');
    expect(error).toBeNull();
    expect(data!.length).toBe(n);
    expect(n).toBeGreaterThan(0);
  });

  it('rejects a token signed with another secret', async () => {
    const config = getStack();
    const forged = await userToken({ ...config, jwtSecret: 'another-secret-that-is-at-least-32-chars!!' }, crypto.randomUUID());
    const { error } = await client(config.anonKey, forged).from('profiles').select('id');
    expect(error?.code).toBe('PGRST301');
  });
});
