import { describe, expect, it } from 'vitest';
import { AuthApiError, isAuthApiError } from '@supabase/supabase-js';
import { decodeJwt } from 'jose';
import { getStack, sql } from '../../testing/context';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo-accounts';
import { anonClient, createConfirmedUser, serviceClient, signedInClient, uniqueEmail } from './test-helpers';

describe('auth: password sign-in', () => {
  it('signs in and returns a Supabase-shaped session and access token', async () => {
    const stack = getStack();
    const user = await createConfirmedUser(serviceClient(), 'signin');
    const { data, error } = await anonClient().auth.signInWithPassword({ email: user.email, password: user.password });
    expect(error).toBeNull();
    const session = data.session!;
    expect(session.token_type).toBe('bearer');
    expect(session.expires_in).toBe(3600);
    expect(session.expires_at).toBeGreaterThan(Date.now() / 1000 + 3500);
    expect(session.refresh_token).toEqual(expect.any(String));
    expect(data.user).toMatchObject({
      id: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: user.email,
      app_metadata: { provider: 'email', providers: ['email'] },
      is_anonymous: false,
    });
    expect(data.user!.last_sign_in_at).toBeTruthy();
    const claims = decodeJwt(session.access_token);
    expect(claims).toMatchObject({
      iss: `${stack.apiUrl}/auth/v1`,
      sub: user.id,
      aud: 'authenticated',
      role: 'authenticated',
      email: user.email,
      phone: '',
      aal: 'aal1',
      app_metadata: { provider: 'email', providers: ['email'] },
      user_metadata: {},
      is_anonymous: false,
    });
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
    const sessions = await sql('select id from auth.sessions where id = $1 and user_id = $2', [claims.session_id, user.id]);
    expect(sessions).toHaveLength(1);
  });

  it('accepts users whose password was hashed in SQL by pgcrypto (seed rows)', async () => {
    const email = uniqueEmail('sql-seeded');
    const [row] = await sql<{ id: string }>(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
         raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
       values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
         extensions.crypt('password123', extensions.gen_salt('bf')), now(),
         '{"provider":"email","providers":["email"]}', '{"full_name":"Seeded"}', now(), now())
       returning id::text as id`,
      [email],
    );
    const { data, error } = await anonClient().auth.signInWithPassword({ email, password: 'password123' });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: row.id, email, user_metadata: { full_name: 'Seeded' } });
  });

  it.each(Object.entries(DEMO_ACCOUNTS))('signs in the seeded demo account %s', async (_role, email) => {
    const { data, error } = await anonClient().auth.signInWithPassword({ email, password: DEMO_PASSWORD });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(email);
  });

  it('refuses a wrong password with 400 invalid_credentials (AuthApiError)', async () => {
    const user = await createConfirmedUser(serviceClient(), 'wrongpw');
    const { data, error } = await anonClient().auth.signInWithPassword({ email: user.email, password: 'not-the-password' });
    expect(data.session).toBeNull();
    expect(error).toBeInstanceOf(AuthApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
  });

  it('gives an unknown e-mail the same invalid_credentials answer', async () => {
    const { error } = await anonClient().auth.signInWithPassword({ email: uniqueEmail('nobody'), password: 'whatever1' });
    expect(error).toMatchObject({ status: 400, code: 'invalid_credentials' });
  });

  it('answers in the legacy GoTrue shape when no API version header is sent', async () => {
    const stack = getStack();
    const response = await fetch(`${stack.apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email: uniqueEmail('legacy'), password: 'whatever1' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
  });

  it('rejects a malformed JSON body with 400 bad_json', async () => {
    const stack = getStack();
    const response = await fetch(`${stack.apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ code: 400, error_code: 'bad_json' });
    expect(body.msg).toMatch(/Could not parse request body as JSON/);
  });

  it('refuses an unconfirmed user with email_not_confirmed', async () => {
    const email = uniqueEmail('unconfirmed');
    await serviceClient().auth.admin.createUser({ email, password: 'password123' });
    const { error } = await anonClient().auth.signInWithPassword({ email, password: 'password123' });
    expect(error).toMatchObject({ status: 400, code: 'email_not_confirmed' });
  });

  it('answers 404 for an unknown endpoint', async () => {
    const stack = getStack();
    const response = await fetch(`${stack.apiUrl}/auth/v1/no-such-thing`, { headers: { apikey: stack.anonKey } });
    expect(response.status).toBe(404);
  });
});

describe('auth: the gateway checks the API key', () => {
  it('refuses a request without apikey with 401', async () => {
    const response = await fetch(`${getStack().apiUrl}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.com', password: 'x' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'No API key found in request' });
  });

  it('refuses a bad apikey with 401', async () => {
    const response = await fetch(`${getStack().apiUrl}/auth/v1/user`, { headers: { apikey: 'not-a-key' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Invalid API key' });
  });
});

describe('auth: refresh tokens', () => {
  it('rotates the refresh token and refuses the used one once the reuse interval is over', async () => {
    const user = await createConfirmedUser(serviceClient(), 'refresh');
    const { client, session } = await signedInClient(user.email, user.password);
    const { data, error } = await client.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(error).toBeNull();
    const rotated = data.session!;
    expect(rotated.refresh_token).not.toBe(session.refresh_token);
    expect(decodeJwt(rotated.access_token).session_id).toBe(decodeJwt(session.access_token).session_id);

    // The used token was revoked longer ago than refresh_token_reuse_interval (10 s).
    await sql(`update auth.refresh_tokens set updated_at = now() - interval '11 seconds' where token = $1`, [session.refresh_token]);
    const reuse = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(reuse.data.session).toBeNull();
    expect(isAuthApiError(reuse.error)).toBe(true);
    expect(reuse.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });

    // Reuse of a used token revokes the whole family and ends the session: the rotated token is dead too.
    const after = await anonClient().auth.refreshSession({ refresh_token: rotated.refresh_token });
    expect(after.error).toMatchObject({ status: 400, code: 'session_expired' });
  });

  it('refuses an unknown refresh token with refresh_token_not_found', async () => {
    const { error } = await anonClient().auth.refreshSession({ refresh_token: 'does-not-exist' });
    expect(error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
  });
});

describe('auth: current user', () => {
  it('getUser returns the signed-in user', async () => {
    const user = await createConfirmedUser(serviceClient(), 'getuser');
    const { client } = await signedInClient(user.email, user.password);
    const { data, error } = await client.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: user.id, email: user.email, aud: 'authenticated' });
    expect(data.user!.identities).toEqual([expect.objectContaining({ provider: 'email', user_id: user.id })]);
  });

  it('getUser with a token signed by another secret is refused with 403 bad_jwt', async () => {
    const { SignJWT } = await import('jose');
    const forged = await new SignJWT({ sub: crypto.randomUUID(), role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const { error } = await anonClient().auth.getUser(forged);
    expect(error).toMatchObject({ status: 403, code: 'bad_jwt' });
  });

  it('updateUser({ password }) lets the user sign in with the new password only', async () => {
    const user = await createConfirmedUser(serviceClient(), 'newpw');
    const { client } = await signedInClient(user.email, user.password);
    const { error } = await client.auth.updateUser({ password: 'brand-new-password-1' });
    expect(error).toBeNull();
    const old = await anonClient().auth.signInWithPassword({ email: user.email, password: user.password });
    expect(old.error).toMatchObject({ code: 'invalid_credentials' });
    const fresh = await anonClient().auth.signInWithPassword({ email: user.email, password: 'brand-new-password-1' });
    expect(fresh.error).toBeNull();
  });

  it('updateUser refuses a too-short password with 422 weak_password and keeps the old one', async () => {
    const user = await createConfirmedUser(serviceClient(), 'weakpw');
    const { client } = await signedInClient(user.email, user.password);
    const { error } = await client.auth.updateUser({ password: '123' });
    expect(error).toMatchObject({ status: 422, code: 'weak_password' });
    const again = await anonClient().auth.signInWithPassword({ email: user.email, password: user.password });
    expect(again.error).toBeNull();
  });

  it('updateUser({ data }) merges user metadata and the next token carries it', async () => {
    const user = await createConfirmedUser(serviceClient(), 'metadata');
    const { client } = await signedInClient(user.email, user.password);
    await client.auth.updateUser({ data: { full_name: 'Ada', locale: 'fr' } });
    const { data, error } = await client.auth.updateUser({ data: { locale: null } });
    expect(error).toBeNull();
    expect(data.user!.user_metadata).toEqual({ full_name: 'Ada' });
    const refreshed = await client.auth.refreshSession();
    expect(decodeJwt(refreshed.data.session!.access_token).user_metadata).toEqual({ full_name: 'Ada' });
  });
});

describe('auth: sign-out', () => {
  it('signOut revokes the session: the refresh token and the access token stop working', async () => {
    const user = await createConfirmedUser(serviceClient(), 'signout');
    const { client, session } = await signedInClient(user.email, user.password);
    const { error } = await client.auth.signOut();
    expect(error).toBeNull();
    const refresh = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refresh.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
    const me = await anonClient().auth.getUser(session.access_token);
    expect(me.data.user).toBeNull();
    expect(me.error?.name).toBe('AuthSessionMissingError');
  });

  it("signOut({ scope: 'local' }) keeps the user's other sessions", async () => {
    const user = await createConfirmedUser(serviceClient(), 'signout-local');
    const first = await signedInClient(user.email, user.password);
    const second = await signedInClient(user.email, user.password);
    await first.client.auth.signOut({ scope: 'local' });
    const stillValid = await anonClient().auth.refreshSession({ refresh_token: second.session.refresh_token });
    expect(stillValid.error).toBeNull();
    const revoked = await anonClient().auth.refreshSession({ refresh_token: first.session.refresh_token });
    expect(revoked.error).toMatchObject({ code: 'refresh_token_not_found' });
  });
});
