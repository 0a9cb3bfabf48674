import { describe, expect, it } from 'vitest';
import type { AuthProvider } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import frenchAppMessages from '../i18n/fr';
import { withAuthErrorMessages } from './authErrorMessages';

const refusing = (error: unknown): AuthProvider => ({
  login: async () => {
    throw error;
  },
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  resetPassword: async () => {
    throw error;
  },
});

describe('auth error messages', () => {
  it('turns 429 over_request_rate_limit on login into a clear, translated message', async () => {
    const provider = withAuthErrorMessages(
      refusing(Object.assign(new Error('Request rate limit reached'), { code: 'over_request_rate_limit', status: 429 })),
    );
    const error = await provider.login({}).catch((e: Error) => e);
    expect((error as Error).message).toBe('app.auth.rate_limited');
    expect(createI18nProvider('en').translate('app.auth.rate_limited')).toBe(
      'Too many attempts from this address. Wait a few minutes, then try again.',
    );
    expect(createI18nProvider('fr', frenchAppMessages).translate('app.auth.rate_limited')).toMatch(/^Trop de tentatives/);
  });

  it('turns over_email_send_rate_limit on the forgot-password page into its message', async () => {
    const provider = withAuthErrorMessages(
      refusing(Object.assign(new Error('email rate limit exceeded'), { code: 'over_email_send_rate_limit' })),
    );
    const error = await (provider.resetPassword as (p: unknown) => Promise<unknown>)({ email: 'a@b.co' }).catch((e: Error) => e);
    expect((error as Error).message).toBe('app.auth.email_rate_limited');
  });

  it('keeps every other error as the server sent it', async () => {
    const original = Object.assign(new Error('Invalid login credentials'), { code: 'invalid_credentials' });
    const error = await withAuthErrorMessages(refusing(original))
      .login({})
      .catch((e: unknown) => e);
    expect(error).toBe(original);
  });
});
