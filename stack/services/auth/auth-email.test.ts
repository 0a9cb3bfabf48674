import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { getStack } from '../../testing/context';
import { extractLinks, waitForMail } from '../mail/client';
import { anonClient, createConfirmedUser, serviceClient, uniqueEmail } from './test-helpers';

/** Follows an e-mail link without following the redirect; returns the Location. */
async function follow(link: string): Promise<URL> {
  const response = await fetch(link, { redirect: 'manual' });
  expect(response.status).toBe(303);
  return new URL(response.headers.get('location')!);
}

/** The session GoTrue puts in the fragment. */
const fragmentParams = (location: URL) => new URLSearchParams(location.hash.slice(1));

describe('auth: password recovery e-mail', () => {
  it('sends a link that redirects to the set-password page with a recovery session', async () => {
    const stack = getStack();
    const user = await createConfirmedUser(serviceClient(), 'recover');
    const { error } = await anonClient().auth.resetPasswordForEmail(user.email);
    expect(error).toBeNull();

    const mail = await waitForMail(stack.mailWebUrl, { to: user.email, subjectIncludes: 'Reset Your Password' });
    const link = extractLinks(mail).find((l) => l.includes('/auth/v1/verify'))!;
    expect(link).toBeDefined();
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(`${stack.apiUrl}/auth/v1/verify`);
    expect(url.searchParams.get('type')).toBe('recovery');
    expect(url.searchParams.get('redirect_to')).toBe(`${stack.siteUrl}/set-password`);

    const location = await follow(link);
    expect(location.toString().startsWith(`${stack.siteUrl}/set-password#`)).toBe(true);
    const params = fragmentParams(location);
    expect(params.get('type')).toBe('recovery');
    expect(params.get('token_type')).toBe('bearer');
    expect(params.get('expires_in')).toBe('3600');
    expect(Number(params.get('expires_at'))).toBeGreaterThan(Date.now() / 1000);
    expect(decodeJwt(params.get('access_token')!).sub).toBe(user.id);

    // The SPA then sets the session and chooses a new password (ra-supabase setPassword).
    const client = anonClient();
    const set = await client.auth.setSession({
      access_token: params.get('access_token')!,
      refresh_token: params.get('refresh_token')!,
    });
    expect(set.error).toBeNull();
    expect((await client.auth.updateUser({ password: 'recovered-password-1' })).error).toBeNull();
    const signIn = await anonClient().auth.signInWithPassword({ email: user.email, password: 'recovered-password-1' });
    expect(signIn.error).toBeNull();

    // The link is single-use: a second click lands on the error fragment.
    const again = await follow(link);
    expect(again.hash).toContain('error_code=otp_expired');
  });

  it('honours an allowed redirectTo', async () => {
    const stack = getStack();
    const user = await createConfirmedUser(serviceClient(), 'recover-redirect');
    const redirectTo = `${stack.siteUrl}/custom-callback`;
    await anonClient().auth.resetPasswordForEmail(user.email, { redirectTo });
    const mail = await waitForMail(stack.mailWebUrl, { to: user.email });
    const link = new URL(extractLinks(mail)[0]);
    expect(link.searchParams.get('redirect_to')).toBe(redirectTo);
  });

  it('answers 200 for an unknown address and sends nothing', async () => {
    const stack = getStack();
    const email = uniqueEmail('unknown');
    const { error } = await anonClient().auth.resetPasswordForEmail(email);
    expect(error).toBeNull();
    await expect(waitForMail(stack.mailWebUrl, { to: email, timeoutMs: 500 })).rejects.toThrow(/no e-mail/);
  });

  it('rejects an invalid e-mail address with 400 validation_failed', async () => {
    const { error } = await anonClient().auth.resetPasswordForEmail('not-an-email');
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('verifyOtp with the e-mailed code signs the user in', async () => {
    const stack = getStack();
    const user = await createConfirmedUser(serviceClient(), 'otp');
    await anonClient().auth.resetPasswordForEmail(user.email);
    const mail = await waitForMail(stack.mailWebUrl, { to: user.email });
    const code = /code: (\d{6})/.exec(mail.Text)![1];
    const { data, error } = await anonClient().auth.verifyOtp({ email: user.email, token: code, type: 'recovery' });
    expect(error).toBeNull();
    expect(data.session?.user.id).toBe(user.id);
  });

  it('verifyOtp with a wrong token hash is refused with 403 otp_expired', async () => {
    const { error } = await anonClient().auth.verifyOtp({ token_hash: 'f'.repeat(56), type: 'recovery' });
    expect(error).toMatchObject({ status: 403, code: 'otp_expired' });
  });
});

describe('auth: invitations', () => {
  it('admin.inviteUserByEmail e-mails a set-password link that signs the new user in', async () => {
    const stack = getStack();
    const email = uniqueEmail('invitee');
    const admin = serviceClient();
    const { data, error } = await admin.auth.admin.inviteUserByEmail(email, { data: { full_name: 'New Agent' } });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, user_metadata: { full_name: 'New Agent' } });
    expect(data.user!.invited_at).toBeTruthy();
    expect(data.user!.email_confirmed_at).toBeUndefined();

    const mail = await waitForMail(stack.mailWebUrl, { to: email, subjectIncludes: 'invited' });
    const link = extractLinks(mail).find((l) => l.includes('/auth/v1/verify'))!;
    expect(new URL(link).searchParams.get('type')).toBe('invite');
    const location = await follow(link);
    expect(location.toString().startsWith(`${stack.siteUrl}/set-password#`)).toBe(true);
    const params = fragmentParams(location);
    expect(params.get('type')).toBe('invite');

    const client = anonClient();
    await client.auth.setSession({ access_token: params.get('access_token')!, refresh_token: params.get('refresh_token')! });
    expect((await client.auth.updateUser({ password: 'invited-password-1' })).error).toBeNull();
    const signIn = await anonClient().auth.signInWithPassword({ email, password: 'invited-password-1' });
    expect(signIn.error).toBeNull();
    expect(signIn.data.user!.email_confirmed_at).toBeTruthy();
  });

  it('uses the redirectTo given to inviteUserByEmail', async () => {
    const stack = getStack();
    const email = uniqueEmail('invitee-redirect');
    const redirectTo = `${stack.siteUrl}/#/welcome`;
    await serviceClient().auth.admin.inviteUserByEmail(email, { redirectTo });
    const mail = await waitForMail(stack.mailWebUrl, { to: email });
    expect(new URL(extractLinks(mail)[0]).searchParams.get('redirect_to')).toBe(redirectTo);
  });

  it('refuses to invite an already registered user with 422 email_exists', async () => {
    const user = await createConfirmedUser(serviceClient(), 'already');
    const { error } = await serviceClient().auth.admin.inviteUserByEmail(user.email);
    expect(error).toMatchObject({ status: 422, code: 'email_exists' });
  });

  it('refuses invitations with the anon key (403 not_admin)', async () => {
    const { error } = await anonClient().auth.admin.inviteUserByEmail(uniqueEmail('nope'));
    expect(error).toMatchObject({ status: 403, code: 'not_admin' });
  });

  it('admin.generateLink returns a working action link without sending mail', async () => {
    const user = await createConfirmedUser(serviceClient(), 'genlink');
    const { data, error } = await serviceClient().auth.admin.generateLink({ type: 'magiclink', email: user.email });
    expect(error).toBeNull();
    expect(data.properties).toMatchObject({ verification_type: 'magiclink', email_otp: expect.stringMatching(/^\d{6}$/) });
    expect(data.user!.id).toBe(user.id);
    const { data: verified, error: verifyError } = await anonClient().auth.verifyOtp({
      token_hash: data.properties!.hashed_token,
      type: 'magiclink',
    });
    expect(verifyError).toBeNull();
    expect(verified.user?.id).toBe(user.id);
  });
});
