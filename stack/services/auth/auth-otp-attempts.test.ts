/** Brute force of the e-mailed 6-digit code: a bounded number of wrong codes, then the code is void. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getStack } from '../../testing/context';
import { extractLinks, waitForMail } from '../mail/client';
import { startLimitedAuth, type LimitedAuth } from './limited-auth';
import { OTP_MAX_ATTEMPTS } from './settings';
import { createConfirmedUser, serviceClient } from './test-helpers';

let limited: LimitedAuth;
beforeAll(async () => {
  limited = await startLimitedAuth();
});
afterAll(async () => {
  await limited.stop();
});

/** A wrong 6-digit code, different from the real one. */
const wrongCode = (real: string, i: number) => String((Number(real) + 1 + i) % 1_000_000).padStart(6, '0');

describe('auth: wrong codes per issued code', () => {
  it(`voids a recovery code after ${OTP_MAX_ATTEMPTS} wrong codes: the real code and the e-mailed link no longer work`, async () => {
    expect(OTP_MAX_ATTEMPTS).toBe(5);
    const stack = getStack();
    const user = await createConfirmedUser(serviceClient(), 'brute');
    const client = limited.client();
    expect((await client.auth.resetPasswordForEmail(user.email)).error).toBeNull();
    const mail = await waitForMail(stack.mailWebUrl, { to: user.email });
    const code = /code: (\d{6})/.exec(mail.Text)![1];
    const link = extractLinks(mail).find((l) => l.includes('/auth/v1/verify'))!;

    for (let i = 0; i < OTP_MAX_ATTEMPTS; i++) {
      const { error } = await client.auth.verifyOtp({ email: user.email, token: wrongCode(code, i), type: 'recovery' });
      expect(error, `guess ${i + 1}`).toMatchObject({ status: 403, code: 'otp_expired' });
    }
    const real = await client.auth.verifyOtp({ email: user.email, token: code, type: 'recovery' });
    expect(real.data.session).toBeNull();
    expect(real.error).toMatchObject({ status: 403, code: 'otp_expired' });
    const followed = await fetch(link, { redirect: 'manual' });
    expect(followed.headers.get('location')).toContain('error_code=otp_expired');
  });

  it(`still accepts the right code after ${OTP_MAX_ATTEMPTS - 1} wrong ones, and counts per code (a new code starts afresh)`, async () => {
    const user = await createConfirmedUser(serviceClient(), 'brute-below');
    const admin = limited.client('service');
    const client = limited.client();
    const first = await admin.auth.admin.generateLink({ type: 'recovery', email: user.email });
    const firstCode = first.data.properties!.email_otp;
    for (let i = 0; i < OTP_MAX_ATTEMPTS - 1; i++) {
      await client.auth.verifyOtp({ email: user.email, token: wrongCode(firstCode, i), type: 'recovery' });
    }
    // A new code replaces the first: the earlier misses do not count against it.
    const second = await admin.auth.admin.generateLink({ type: 'recovery', email: user.email });
    const code = second.data.properties!.email_otp;
    for (let i = 0; i < OTP_MAX_ATTEMPTS - 1; i++) {
      const { error } = await client.auth.verifyOtp({ email: user.email, token: wrongCode(code, i), type: 'recovery' });
      expect(error).toMatchObject({ status: 403, code: 'otp_expired' });
    }
    const { data, error } = await client.auth.verifyOtp({ email: user.email, token: code, type: 'recovery' });
    expect(error).toBeNull();
    expect(data.session?.user.id).toBe(user.id);
  });

  it('counts guesses sent all at once: after 12 parallel wrong codes the real one is refused', async () => {
    const user = await createConfirmedUser(serviceClient(), 'brute-parallel');
    const generated = await limited.client('service').auth.admin.generateLink({ type: 'recovery', email: user.email });
    const code = generated.data.properties!.email_otp;
    const client = limited.client();
    const wrong = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.auth.verifyOtp({ email: user.email, token: wrongCode(code, i), type: 'recovery' })),
    );
    expect(wrong.every((r) => r.error?.code === 'otp_expired')).toBe(true);
    const real = await client.auth.verifyOtp({ email: user.email, token: code, type: 'recovery' });
    expect(real.error).toMatchObject({ status: 403, code: 'otp_expired' });
  });
});
