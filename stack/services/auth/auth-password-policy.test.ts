/**
 * The password policy of supabase/config.toml (minimum_password_length = 8, password_requirements =
 * letters_digits) on every way a password is set, with GoTrue's weak_password answer.
 */
import { describe, expect, it } from 'vitest';
import { getStack } from '../../testing/context';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo-accounts';
import { extractLinks, waitForMail } from '../mail/client';
import { checkPasswordStrength } from './passwords';
import { anonClient, createConfirmedUser, serviceClient, signedInClient, uniqueEmail } from './test-helpers';

const LENGTH = 'Password should be at least 8 characters.';
const CHARACTERS =
  'Password should contain at least one character of each: abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ, 0123456789.';

describe('auth: password policy from config.toml', () => {
  it('is minimum 8 characters with a letter and a digit; the demo password satisfies it', () => {
    const policy = getStack().auth.password;
    expect(policy).toMatchObject({ minLength: 8, requirements: 'letters_digits' });
    expect(() => checkPasswordStrength(DEMO_PASSWORD, policy)).not.toThrow();
    expect(() => checkPasswordStrength('123456', policy)).toThrow(LENGTH);
  });

  it('admin createUser refuses 123456 with 422 weak_password, both reasons, and creates nothing', async () => {
    const admin = serviceClient();
    const email = uniqueEmail('weak');
    const { data, error } = await admin.auth.admin.createUser({ email, password: '123456', email_confirm: true });
    expect(data.user).toBeNull();
    expect(error).toMatchObject({
      status: 422,
      code: 'weak_password',
      message: `${LENGTH} ${CHARACTERS}`,
      reasons: ['length', 'characters'],
    });
    expect((await anonClient().auth.signInWithPassword({ email, password: '123456' })).error?.code).toBe('invalid_credentials');
  });

  it('answers in both GoTrue shapes, with weak_password.reasons', async () => {
    const url = `${getStack().apiUrl}/auth/v1/admin/users`;
    const headers = { apikey: getStack().serviceRoleKey, 'content-type': 'application/json' };
    const body = JSON.stringify({ email: uniqueEmail('weak-shape'), password: 'abcdefgh' });
    const legacy = await fetch(url, { method: 'POST', headers, body });
    expect(legacy.status).toBe(422);
    expect(await legacy.json()).toEqual({
      code: 422,
      error_code: 'weak_password',
      msg: CHARACTERS,
      weak_password: { reasons: ['characters'] },
    });
    const modern = await fetch(url, { method: 'POST', headers: { ...headers, 'x-supabase-api-version': '2024-01-01' }, body });
    expect(await modern.json()).toEqual({ code: 'weak_password', message: CHARACTERS, weak_password: { reasons: ['characters'] } });
  });

  it('refuses passwords over 72 bytes with 400 validation_failed, like GoTrue', async () => {
    const { error } = await serviceClient().auth.admin.createUser({ email: uniqueEmail('long'), password: `a1${'x'.repeat(71)}` });
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('admin updateUserById and generateLink (sign-up) refuse weak passwords', async () => {
    const admin = serviceClient();
    const user = await createConfirmedUser(admin, 'weak-admin-update');
    const update = await admin.auth.admin.updateUserById(user.id, { password: 'short1' });
    expect(update.error).toMatchObject({ status: 422, code: 'weak_password', reasons: ['length'] });
    expect((await anonClient().auth.signInWithPassword({ email: user.email, password: user.password })).error).toBeNull();
    const signup = await admin.auth.admin.generateLink({ type: 'signup', email: uniqueEmail('weak-signup'), password: '12345678' });
    expect(signup.error).toMatchObject({ status: 422, code: 'weak_password', reasons: ['characters'] });
  });

  it('the signed-in user cannot change to a weak password, and keeps the old one', async () => {
    const user = await createConfirmedUser(serviceClient(), 'weak-self');
    const { client } = await signedInClient(user.email, user.password);
    const { error } = await client.auth.updateUser({ password: 'password' });
    expect(error).toMatchObject({ status: 422, code: 'weak_password', reasons: ['characters'] });
    expect((await anonClient().auth.signInWithPassword({ email: user.email, password: user.password })).error).toBeNull();
  });

  it("the invite's set-password step refuses a weak password and accepts one that satisfies the policy", async () => {
    const stack = getStack();
    const email = uniqueEmail('weak-invitee');
    expect((await serviceClient().auth.admin.inviteUserByEmail(email)).error).toBeNull();
    const mail = await waitForMail(stack.mailWebUrl, { to: email });
    const link = extractLinks(mail).find((l) => l.includes('/auth/v1/verify'))!;
    const location = new URL((await fetch(link, { redirect: 'manual' })).headers.get('location')!);
    const fragment = new URLSearchParams(location.hash.slice(1));
    const client = anonClient();
    await client.auth.setSession({ access_token: fragment.get('access_token')!, refresh_token: fragment.get('refresh_token')! });
    const weak = await client.auth.updateUser({ password: '123456' });
    expect(weak.error).toMatchObject({ status: 422, code: 'weak_password', reasons: ['length', 'characters'] });
    expect((await client.auth.updateUser({ password: 'invited-password-1' })).error).toBeNull();
  });

  it('the seeded demo accounts still sign in with password123', async () => {
    const { error } = await anonClient().auth.signInWithPassword({ email: DEMO_ACCOUNTS.admin, password: DEMO_PASSWORD });
    expect(error).toBeNull();
  });
});
