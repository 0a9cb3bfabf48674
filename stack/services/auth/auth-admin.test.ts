import { describe, expect, it } from 'vitest';
import { getStack, sql } from '../../testing/context';
import { anonClient, createConfirmedUser, serviceClient, signedInClient, uniqueEmail } from './test-helpers';
import { supabaseClient } from '../../testing/supabase';

describe('auth admin API (service role)', () => {
  it('creates a user with bcrypt-hashed password, metadata and role', async () => {
    const email = uniqueEmail('admin-create');
    const { data, error } = await serviceClient().auth.admin.createUser({
      email,
      password: 'password123',
      email_confirm: true,
      user_metadata: { full_name: 'Created' },
      app_metadata: { team: 'north' },
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      email,
      user_metadata: { full_name: 'Created' },
      app_metadata: { provider: 'email', providers: ['email'], team: 'north' },
      role: 'authenticated',
    });
    expect(data.user!.email_confirmed_at).toBeTruthy();
    const [row] = await sql<{ encrypted_password: string }>('select encrypted_password from auth.users where id = $1', [data.user!.id]);
    expect(row.encrypted_password).toMatch(/^\$2[ab]\$10\$/);
  });

  it('refuses a duplicate e-mail with 422 email_exists and an invalid one with 400', async () => {
    const user = await createConfirmedUser(serviceClient(), 'dup');
    const dup = await serviceClient().auth.admin.createUser({ email: user.email.toUpperCase(), password: 'password123' });
    expect(dup.error).toMatchObject({ status: 422, code: 'email_exists' });
    const invalid = await serviceClient().auth.admin.createUser({ email: 'not an email', password: 'password123' });
    expect(invalid.error).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('lists users with pagination', async () => {
    const admin = serviceClient();
    await createConfirmedUser(admin, 'list-a');
    await createConfirmedUser(admin, 'list-b');
    const { data, error } = await admin.auth.admin.listUsers({ page: 1, perPage: 1 });
    expect(error).toBeNull();
    expect(data.users).toHaveLength(1);
    expect((data as unknown as { total: number }).total).toBeGreaterThanOrEqual(2);
    expect((data as unknown as { nextPage: number | null }).nextPage).toBe(2);
  });

  it('gets, updates and deletes a user by id', async () => {
    const admin = serviceClient();
    const user = await createConfirmedUser(admin, 'crud');
    const got = await admin.auth.admin.getUserById(user.id);
    expect(got.data.user).toMatchObject({ id: user.id, email: user.email });

    const updated = await admin.auth.admin.updateUserById(user.id, {
      user_metadata: { full_name: 'Renamed' },
      app_metadata: { role: 'MANAGER' },
    });
    expect(updated.error).toBeNull();
    expect(updated.data.user).toMatchObject({
      user_metadata: { full_name: 'Renamed' },
      app_metadata: { provider: 'email', role: 'MANAGER' },
    });

    const removed = await admin.auth.admin.deleteUser(user.id);
    expect(removed.error).toBeNull();
    const gone = await admin.auth.admin.getUserById(user.id);
    expect(gone.error).toMatchObject({ status: 404, code: 'user_not_found' });
  });

  it('bans a user (no sign-in, no refresh) and lifts the ban with "none"', async () => {
    const admin = serviceClient();
    const user = await createConfirmedUser(admin, 'ban');
    const { session } = await signedInClient(user.email, user.password);
    const banned = await admin.auth.admin.updateUserById(user.id, { ban_duration: '876000h' });
    expect(banned.error).toBeNull();
    expect(new Date(banned.data.user!.banned_until!).getFullYear()).toBeGreaterThan(new Date().getFullYear() + 90);

    const signIn = await anonClient().auth.signInWithPassword({ email: user.email, password: user.password });
    expect(signIn.error).toMatchObject({ status: 400, code: 'user_banned' });
    const refresh = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refresh.error).toMatchObject({ status: 400, code: 'user_banned' });

    const unbanned = await admin.auth.admin.updateUserById(user.id, { ban_duration: 'none' });
    expect(unbanned.data.user!.banned_until).toBeUndefined();
    expect((await anonClient().auth.signInWithPassword({ email: user.email, password: user.password })).error).toBeNull();
  });

  it('refuses an invalid ban duration with 400 and changes nothing', async () => {
    const admin = serviceClient();
    const user = await createConfirmedUser(admin, 'badban');
    const { error } = await admin.auth.admin.updateUserById(user.id, { ban_duration: 'forever', user_metadata: { x: 1 } });
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    const got = await admin.auth.admin.getUserById(user.id);
    expect(got.data.user!.banned_until).toBeUndefined();
    expect(got.data.user!.user_metadata).toEqual({});
  });

  it('sets a new password, which ends every session of the user', async () => {
    const admin = serviceClient();
    const user = await createConfirmedUser(admin, 'adminpw');
    const { session } = await signedInClient(user.email, user.password);
    expect((await admin.auth.admin.updateUserById(user.id, { password: 'set-by-admin-1' })).error).toBeNull();
    expect((await anonClient().auth.refreshSession({ refresh_token: session.refresh_token })).error).toMatchObject({
      code: 'refresh_token_not_found',
    });
    expect((await anonClient().auth.signInWithPassword({ email: user.email, password: 'set-by-admin-1' })).error).toBeNull();
  });
});

describe('auth admin API is refused to non-admins', () => {
  it('refuses the anon key with 403 not_admin', async () => {
    const { error } = await anonClient().auth.admin.listUsers();
    expect(error).toMatchObject({ status: 403, code: 'not_admin', message: 'User not allowed' });
  });

  it("refuses a signed-in user's token with 403 not_admin", async () => {
    const user = await createConfirmedUser(serviceClient(), 'notadmin');
    const { session } = await signedInClient(user.email, user.password);
    const asUser = supabaseClient({ key: 'anon', token: session.access_token });
    const list = await asUser.auth.admin.listUsers();
    expect(list.error).toMatchObject({ status: 403, code: 'not_admin' });
    const create = await asUser.auth.admin.createUser({ email: uniqueEmail('sneaky'), password: 'password123' });
    expect(create.error).toMatchObject({ status: 403, code: 'not_admin' });
  });

  it('refuses a request without bearer token with 401 no_authorization', async () => {
    const stack = getStack();
    // The gateway adds the apikey as bearer when Authorization is missing; call the service directly.
    const response = await fetch(`http://${stack.host}:${stack.ports.auth}/admin/users`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error_code: 'no_authorization' });
  });
});
