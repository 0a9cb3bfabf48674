/**
 * Sessions: refresh_token_reuse_interval (10 s) so tabs refreshing together stay signed in,
 * sessions.timebox / inactivity_timeout, and expired access tokens refused.
 */
import { describe, expect, it } from 'vitest';
import { SignJWT, decodeJwt } from 'jose';
import { getStack, sql } from '../../testing/context';
import { anonClient, createConfirmedUser, serviceClient, signedInClient } from './test-helpers';

describe('auth: refresh-token reuse interval', () => {
  it('is 10 s, from config.toml', () => {
    expect(getStack().auth.refreshTokenReuseSeconds).toBe(10);
  });

  it('keeps two tabs refreshing the same token at once signed in, on the same session and token', async () => {
    const user = await createConfirmedUser(serviceClient(), 'two-tabs');
    const { session } = await signedInClient(user.email, user.password);
    const [tabA, tabB] = await Promise.all([
      anonClient().auth.refreshSession({ refresh_token: session.refresh_token }),
      anonClient().auth.refreshSession({ refresh_token: session.refresh_token }),
    ]);
    expect(tabA.error).toBeNull();
    expect(tabB.error).toBeNull();
    expect(tabA.data.session!.refresh_token).toBe(tabB.data.session!.refresh_token);
    expect(decodeJwt(tabB.data.session!.access_token).session_id).toBe(decodeJwt(session.access_token).session_id);
    // Both tabs go on refreshing with the token they share.
    const next = await anonClient().auth.refreshSession({ refresh_token: tabA.data.session!.refresh_token });
    expect(next.error).toBeNull();
  });

  it('refuses a used token once its 10 s are over, and ends that session', async () => {
    const user = await createConfirmedUser(serviceClient(), 'reuse-late');
    const { session } = await signedInClient(user.email, user.password);
    const rotated = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(rotated.error).toBeNull();
    await sql(`update auth.refresh_tokens set updated_at = now() - interval '9 seconds' where token = $1`, [session.refresh_token]);
    expect((await anonClient().auth.refreshSession({ refresh_token: session.refresh_token })).error).toBeNull();
    await sql(`update auth.refresh_tokens set updated_at = now() - interval '11 seconds' where token = $1`, [session.refresh_token]);
    const late = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(late.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
    const after = await anonClient().auth.refreshSession({ refresh_token: rotated.data.session!.refresh_token });
    expect(after.error).toMatchObject({ status: 400, code: 'session_expired' });
  });
});

describe('auth: session lifetime ([auth.sessions])', () => {
  it('ends a session 24 h after sign-in (timebox) and after 8 h without a refresh (inactivity_timeout)', async () => {
    expect(getStack().auth.sessionTimeboxMs).toBe(24 * 3600_000);
    expect(getStack().auth.sessionInactivityTimeoutMs).toBe(8 * 3600_000);
    const user = await createConfirmedUser(serviceClient(), 'timebox');
    const old = await signedInClient(user.email, user.password);
    const idle = await signedInClient(user.email, user.password);
    const active = await signedInClient(user.email, user.password);
    const sessionOf = (token: string) => decodeJwt(token).session_id as string;
    await sql(`update auth.sessions set created_at = now() - interval '25 hours', updated_at = now() where id = $1`, [
      sessionOf(old.session.access_token),
    ]);
    await sql(`update auth.sessions set updated_at = now() - interval '9 hours' where id = $1`, [sessionOf(idle.session.access_token)]);
    await sql(`update auth.sessions set created_at = now() - interval '23 hours', updated_at = now() - interval '7 hours' where id = $1`, [
      sessionOf(active.session.access_token),
    ]);
    const refresh = (token: string) => anonClient().auth.refreshSession({ refresh_token: token });
    expect((await refresh(old.session.refresh_token)).error).toMatchObject({ status: 400, code: 'session_expired' });
    expect((await refresh(idle.session.refresh_token)).error).toMatchObject({ status: 400, code: 'session_expired' });
    expect((await refresh(active.session.refresh_token)).error).toBeNull();
  });
});

describe('auth: access token expiry', () => {
  it('refuses an access token past its exp with 403 bad_jwt, though it is otherwise valid', async () => {
    const stack = getStack();
    const user = await createConfirmedUser(serviceClient(), 'expired');
    const { session } = await signedInClient(user.email, user.password);
    const claims = decodeJwt(session.access_token);
    const now = Math.floor(Date.now() / 1000);
    const sign = (exp: number) =>
      new SignJWT({ ...claims, iat: now - 3700, exp })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(new TextEncoder().encode(stack.jwtSecret));
    // The same claims with a future exp are accepted: only the expiry differs.
    const fresh = await anonClient().auth.getUser(await sign(now + 60));
    expect(fresh.error).toBeNull();
    const expired = await anonClient().auth.getUser(await sign(now - 60));
    expect(expired.data.user).toBeNull();
    expect(expired.error).toMatchObject({ status: 403, code: 'bad_jwt' });
    expect(expired.error?.message).toContain('token is expired');
  });
});
