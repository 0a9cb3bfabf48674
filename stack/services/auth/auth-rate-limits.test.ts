/**
 * The auth service's request and e-mail limits with supabase/config.toml's own figures (each test
 * starts a fresh auth service + gateway on the test stack's database: see ./limited-auth.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getStack } from '../../testing/context';
import { listMail, waitForMail } from '../mail/client';
import { fakeIp, startLimitedAuth, type LimitedAuth } from './limited-auth';
import { createConfirmedUser, serviceClient, uniqueEmail } from './test-helpers';

let limited: LimitedAuth;
beforeEach(async () => {
  limited = await startLimitedAuth();
});
afterEach(async () => {
  await limited.stop();
});

const RATE_LIMITED = { status: 429, code: 'over_request_rate_limit', message: 'Request rate limit reached' };

/** Enough to see a refusal after the burst of 30, few enough to fail by assertion, not by timeout. */
const MAX_ATTEMPTS = 60;
/** Each password attempt costs a bcrypt comparison (~0.5 s on a busy 2-core machine). */
const SIGN_IN_TIMEOUT = 120_000;

interface Run {
  allowed: number;
  elapsedMs: number;
  refused?: Response | { status: number; code?: string };
}

/**
 * Repeats `attempt` until it is refused with 429 (at most 60 times). Every other answer must be
 * `expected`. A token bucket refills while the attempts run (bcrypt makes each sign-in slow on a busy
 * machine), so the bound is the burst plus what the rate allows in the elapsed time.
 */
async function untilRefused(expected: number, attempt: (i: number) => Promise<{ status: number; code?: string } | Response>): Promise<Run> {
  const started = Date.now();
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const result = await attempt(i);
    if (result.status === 429) return { allowed: i, elapsedMs: Date.now() - started, refused: result };
    expect(result.status, `attempt ${i + 1}`).toBe(expected);
  }
  return { allowed: MAX_ATTEMPTS, elapsedMs: Date.now() - started };
}

function expectBucket(run: Run, perFiveMinutes: number, label: string) {
  const refill = Math.ceil(((run.elapsedMs / 1000) * perFiveMinutes) / 300);
  console.info(`${label}: ${run.allowed} allowed, then 429 (${run.elapsedMs} ms; burst 30 + refill ≤ ${refill})`);
  expect(run.refused?.status).toBe(429);
  expect(run.allowed).toBeGreaterThanOrEqual(30);
  expect(run.allowed).toBeLessThanOrEqual(30 + refill);
}

const asStatus = (error: { status?: number; code?: string } | null) => ({ status: error?.status ?? 200, code: error?.code });

describe('auth rate limits: password sign-in (sign_in_sign_ups = 30 per 5 min)', () => {
  it(
    'refuses sign-ins from one IP past 30 with 429 over_request_rate_limit, even with the right password and a forged X-Forwarded-For',
    async () => {
      expect(limited.config.auth.rateLimits.signInSignUps).toBe(30);
      const user = await createConfirmedUser(serviceClient(), 'guess-ip');
      const url = `${limited.config.apiUrl}/auth/v1/token?grant_type=password`;
      const body = JSON.stringify({ email: user.email, password: user.password });
      // Through the gateway, each time claiming another client address: the gateway replaces it.
      const run = await untilRefused(200, (i) =>
        fetch(url, {
          method: 'POST',
          headers: { apikey: limited.config.anonKey, 'content-type': 'application/json', 'x-forwarded-for': fakeIp(i) },
          body,
        }),
      );
      expectBucket(run, 30, 'password sign-ins from one IP');
      // GoTrue's legacy error shape (no X-Supabase-Api-Version) and the x-sb-error-code header.
      const refused = run.refused as Response;
      expect(refused.headers.get('x-sb-error-code')).toBe('over_request_rate_limit');
      expect(await refused.json()).toEqual({ code: 429, error_code: 'over_request_rate_limit', msg: 'Request rate limit reached' });
    },
    SIGN_IN_TIMEOUT,
  );

  it(
    'refuses password guesses for one account past 30 even when each comes from another IP; other accounts still work',
    async () => {
      const user = await createConfirmedUser(serviceClient(), 'guess-account');
      const other = await createConfirmedUser(serviceClient(), 'guess-other');
      const run = await untilRefused(400, (i) =>
        limited.fromIp(fakeIp(i), '/token?grant_type=password', { body: { email: user.email, password: `guess-${i}` } }),
      );
      expectBucket(run, 30, 'password guesses for one account');
      expect(await (run.refused as Response).json()).toEqual({ code: 'over_request_rate_limit', message: 'Request rate limit reached' });
      const fine = await limited.fromIp(fakeIp(200), '/token?grant_type=password', {
        body: { email: other.email, password: other.password },
      });
      expect(fine.status).toBe(200);
    },
    SIGN_IN_TIMEOUT,
  );

  it(
    'supabase-js sees AuthApiError 429 over_request_rate_limit',
    async () => {
      const client = limited.client();
      const run = await untilRefused(400, async () =>
        asStatus((await client.auth.signInWithPassword({ email: uniqueEmail('nobody'), password: 'guess-1' })).error),
      );
      expectBucket(run, 30, 'password guesses for unknown accounts from one IP');
      const { error } = await client.auth.signInWithPassword({ email: uniqueEmail('nobody'), password: 'guess-1' });
      expect(error).toMatchObject(RATE_LIMITED);
    },
    SIGN_IN_TIMEOUT,
  );

  it(
    'trusts X-Forwarded-For only with the gateway proof: forged addresses share the socket address bucket',
    async () => {
      const run = await untilRefused(400, (i) =>
        limited.fromIp(fakeIp(i), '/token?grant_type=password', {
          body: { email: uniqueEmail('forged'), password: 'guess-1' },
          headers: { 'x-gateway-forwarded-for-proof': 'forged' },
        }),
      );
      expectBucket(run, 30, 'sign-ins with forged client addresses');
    },
    SIGN_IN_TIMEOUT,
  );
});

describe('auth rate limits: /verify (token_verifications = 30 per 5 min)', () => {
  it('refuses verifications from one IP past 30 with 429', async () => {
    const client = limited.client();
    const run = await untilRefused(403, async (i) =>
      asStatus((await client.auth.verifyOtp({ token_hash: `${i}`.padStart(56, 'f'), type: 'recovery' })).error),
    );
    expectBucket(run, 30, '/verify from one IP');
    expect(run.refused).toMatchObject({ status: 429, code: 'over_request_rate_limit' });
  });
});

describe('auth rate limits: refresh tokens (token_refresh = 150 per 5 min, burst 30)', () => {
  it('refuses refreshes from one IP past the burst with 429', async () => {
    const client = limited.client();
    const run = await untilRefused(400, async (i) =>
      asStatus((await client.auth.refreshSession({ refresh_token: `not-a-token-${i}` })).error),
    );
    expectBucket(run, 150, 'refreshes from one IP');
    expect(run.refused).toMatchObject({ status: 429, code: 'over_request_rate_limit' });
  });
});

describe('auth: e-mail limits', () => {
  it('sends one recovery e-mail per address per max_frequency (60 s), answering known and unknown addresses alike', async () => {
    const stack = getStack();
    const user = await createConfirmedUser(serviceClient(), 'throttle');
    const unknown = uniqueEmail('throttle-unknown');
    const client = limited.client();
    for (const email of [user.email, unknown]) {
      expect((await client.auth.resetPasswordForEmail(email)).error).toBeNull();
      const again = await client.auth.resetPasswordForEmail(email);
      expect(again.error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
      expect(again.error?.message).toMatch(/^For security purposes, you can only request this after (59|60) seconds\.$/);
    }
    await waitForMail(stack.mailWebUrl, { to: user.email });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const delivered = (await listMail(stack.mailWebUrl)).filter((m) => m.To.some((a) => a.Address === user.email));
    expect(delivered).toHaveLength(1);
  });

  it('sends at most email_sent (30) e-mails per hour in all, then 429 over_email_send_rate_limit', async () => {
    expect(limited.config.auth.rateLimits.emailSentPerHour).toBe(30);
    for (let i = 0; i < 30; i++) {
      const response = await limited.fromIp(fakeIp(i), '/recover', { body: { email: uniqueEmail('budget') } });
      expect(response.status, `request ${i + 1}`).toBe(200);
    }
    const refused = await limited.fromIp(fakeIp(100), '/recover', { body: { email: uniqueEmail('budget') } });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ code: 'over_email_send_rate_limit', message: 'email rate limit exceeded' });
  });

  it('refuses recovery requests from one IP past 30 with 429 over_request_rate_limit', async () => {
    const client = limited.client();
    const run = await untilRefused(200, async () => asStatus((await client.auth.resetPasswordForEmail(uniqueEmail('recover-ip'))).error));
    expectBucket(run, 30, '/recover from one IP');
    expect(run.refused).toMatchObject({ status: 429, code: 'over_request_rate_limit' });
  });
});
