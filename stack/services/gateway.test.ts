import { describe, expect, it } from 'vitest';
import { getStack } from '../testing/context';
import { bigPost } from '../testing/big-post';
import { BODY_LIMITS } from './body-limits';

describe('API gateway', () => {
  it('refuses REST and auth calls without an API key, like Supabase', async () => {
    const { apiUrl } = getStack();
    for (const path of ['/rest/v1/', '/auth/v1/user']) {
      const response = await fetch(apiUrl + path);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ message: 'No API key found in request' });
    }
  });

  it('refuses a key that is not the anon or service key', async () => {
    const { apiUrl } = getStack();
    const response = await fetch(`${apiUrl}/rest/v1/`, { headers: { apikey: 'not-a-key' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Invalid API key' });
  });

  it('forwards a keyed request to PostgREST and answers CORS preflights', async () => {
    const { apiUrl, anonKey } = getStack();
    const response = await fetch(`${apiUrl}/rest/v1/`, { headers: { apikey: anonKey } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${apiUrl}/rest/v1/orders`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-headers': 'apikey, authorization' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('apikey');
  });

  it('answers 404 for a path outside the Supabase layout', async () => {
    const response = await fetch(`${getStack().apiUrl}/nowhere`);
    expect(response.status).toBe(404);
  });

  it("refuses a body over its route's limit with 413 before the service sees it (auth: 1 MiB)", async () => {
    const { ports, anonKey } = getStack();
    const result = await bigPost({
      port: ports.gateway,
      path: '/auth/v1/token?grant_type=password',
      bytes: BODY_LIMITS.auth + 1,
      headers: { apikey: anonKey, 'content-type': 'application/json' },
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body!)).toEqual({ message: 'Request size limit exceeded', limit: BODY_LIMITS.auth });
  });
});
