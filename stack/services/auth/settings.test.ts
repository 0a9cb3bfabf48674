import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../config';
import { parseAuthSettings, readAuthSettings, RELAXED_LIMITS_ENV } from './settings';

const CONFIG_TOML = path.join(ROOT_DIR, 'supabase', 'config.toml');

describe('auth settings', () => {
  it("reads supabase/config.toml's [auth] values", () => {
    const settings = readAuthSettings(CONFIG_TOML, {});
    expect(settings.rateLimits).toEqual({ signInSignUps: 30, tokenVerifications: 30, tokenRefresh: 150, emailSentPerHour: 30 });
    expect(settings).toMatchObject({
      emailMaxFrequencyMs: 60_000,
      otpTtlSeconds: 3600,
      otpMaxAttempts: 5,
      refreshTokenReuseSeconds: 10,
      password: { minLength: 8, requirements: 'letters_digits' },
    });
  });

  it("uses GoTrue's defaults for what the file leaves out", () => {
    const settings = parseAuthSettings('[auth]\nenabled = true\n');
    expect(settings.rateLimits).toEqual({ signInSignUps: 30, tokenVerifications: 30, tokenRefresh: 150, emailSentPerHour: 30 });
    expect(settings).toMatchObject({
      emailMaxFrequencyMs: 60_000,
      sessionTimeboxMs: 0,
      sessionInactivityTimeoutMs: 0,
      password: { minLength: 6, requiredCharacters: [] },
    });
  });

  it('lets GoTrue environment variables override the file (what the test stack does)', () => {
    const settings = readAuthSettings(CONFIG_TOML, RELAXED_LIMITS_ENV);
    expect(settings.rateLimits.signInSignUps).toBe(1_000_000);
    expect(settings.emailMaxFrequencyMs).toBe(1);
    expect(settings.password.minLength).toBe(8);
  });

  it('refuses bad values with a message naming the key', () => {
    expect(() => parseAuthSettings('[auth.rate_limit]\nsign_in_sign_ups = "many"\n')).toThrow(/auth\.rate_limit\.sign_in_sign_ups/);
    expect(() => parseAuthSettings('[auth.email]\nmax_frequency = "soon"\n')).toThrow(/auth\.email\.max_frequency/);
    expect(() => parseAuthSettings('[auth]\npassword_requirements = "strong"\n')).toThrow(/password_requirements must be one of/);
    expect(() => parseAuthSettings('[auth]\n', { GOTRUE_RATE_LIMIT_OTP: '-1' })).toThrow(/GOTRUE_RATE_LIMIT_OTP/);
  });
});
