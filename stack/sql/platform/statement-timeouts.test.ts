/**
 * The statement timeouts hosted Supabase sets on the API roles hold through PostgREST: a request
 * stuck behind a lock is cancelled after 3 s as anon and 8 s as authenticated, so one caller
 * cannot hold a pooled connection for long. (The lock is taken on notification_deliveries, a table
 * the API roles cannot read anyway, for the ~12 s of this test.)
 */
import pg from 'pg';
import { expect, it } from 'vitest';
import { getStack } from '../../testing/context';
import { userToken } from '../../testing/tokens';

async function timedGet(token: string): Promise<{ ms: number; code: unknown }> {
  const { apiUrl, anonKey } = getStack();
  const started = performance.now();
  const response = await fetch(`${apiUrl}/rest/v1/notification_deliveries?select=id&limit=1`, {
    headers: { apikey: anonKey, authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { code?: string };
  return { ms: performance.now() - started, code: body.code };
}

it('cancels an anon request after 3 s and an authenticated one after 8 s', async () => {
  const config = getStack();
  const locker = new pg.Client({ connectionString: config.dbUrl, application_name: 'statement-timeout-test' });
  await locker.connect();
  try {
    await locker.query('begin');
    await locker.query('lock table public.notification_deliveries in access exclusive mode');
    const anon = await timedGet(config.anonKey);
    const authenticated = await timedGet(await userToken(config, 'c0000000-0000-4000-8000-000000000001', 'customer@example.com'));
    expect(anon.code).toBe('57014');
    expect(anon.ms).toBeGreaterThan(2_900);
    expect(anon.ms).toBeLessThan(6_000);
    // statement_timeout (authenticated) and lock_timeout (authenticator's session) are both 8 s.
    expect(['57014', '55P03']).toContain(authenticated.code);
    expect(authenticated.ms).toBeGreaterThan(7_900);
    expect(authenticated.ms).toBeLessThan(12_000);
  } finally {
    await locker.query('rollback').catch(() => undefined);
    await locker.end();
  }
}, 40_000);
