/**
 * The auth service's settings, read like the Supabase CLI reads them for GoTrue: the [auth] tables of
 * supabase/config.toml, with GoTrue's defaults for what the file leaves out, then GoTrue's environment
 * variables (GOTRUE_RATE_LIMIT_*, GOTRUE_SMTP_MAX_FREQUENCY) on top. Plain numbers only, so the
 * settings travel with the stack config (JSON) to tests.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { parseGoDuration } from './duration';

export interface RateLimitSettings {
  /** [auth.rate_limit] sign_in_sign_ups (GOTRUE_RATE_LIMIT_OTP): password sign-in, /recover, per 5 min. */
  signInSignUps: number;
  /** token_verifications (GOTRUE_RATE_LIMIT_VERIFY): /verify, per 5 min. */
  tokenVerifications: number;
  /** token_refresh (GOTRUE_RATE_LIMIT_TOKEN_REFRESH): refresh-token grants, per 5 min. */
  tokenRefresh: number;
  /** email_sent (GOTRUE_RATE_LIMIT_EMAIL_SENT): e-mails the whole service sends per hour. */
  emailSentPerHour: number;
}

export interface PasswordPolicy {
  /** [auth] minimum_password_length. */
  minLength: number;
  /** [auth] password_requirements, as the character sets GoTrue requires one of each. */
  requiredCharacters: string[];
  /** The config value itself ("" | letters_digits | …), for messages and the SPA. */
  requirements: PasswordRequirements;
}

export interface AuthSettings {
  rateLimits: RateLimitSettings;
  /** [auth.email] max_frequency: least time between two e-mails to one address (ms). */
  emailMaxFrequencyMs: number;
  /** [auth.email] otp_expiry: seconds an e-mailed code / link stays valid. */
  otpTtlSeconds: number;
  /** Wrong codes accepted per issued code before it is void (no Supabase key; GoTrue has no such limit). */
  otpMaxAttempts: number;
  /** [auth] refresh_token_reuse_interval (seconds). */
  refreshTokenReuseSeconds: number;
  password: PasswordPolicy;
  /** [auth.sessions] timebox / inactivity_timeout (ms); 0 = none. */
  sessionTimeboxMs: number;
  sessionInactivityTimeoutMs: number;
}

export const PASSWORD_REQUIREMENTS = {
  '': [],
  letters_digits: ['abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'],
  lower_upper_letters_digits: ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'],
  lower_upper_letters_digits_symbols: [
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789',
    '!@#$%^&*()_+-=[]{};\'\\:"|<>?,./`~',
  ],
} as const satisfies Record<string, readonly string[]>;

export type PasswordRequirements = keyof typeof PASSWORD_REQUIREMENTS;

/** GoTrue's defaults (internal/conf/configuration.go) where config.toml says nothing. */
const GOTRUE_DEFAULTS = {
  signInSignUps: 30,
  tokenVerifications: 30,
  tokenRefresh: 150,
  emailSentPerHour: 30,
  emailMaxFrequencyMs: 60_000,
  otpTtlSeconds: 3600,
  refreshTokenReuseSeconds: 10,
  minLength: 6,
};

export const OTP_MAX_ATTEMPTS = 5;

/**
 * What the test stack sets: the suite signs in hundreds of times from one address (role matrix, e2e),
 * so the request and e-mail limits are lifted there. The rate-limit tests start their own auth service
 * with the settings of config.toml alone.
 */
export const RELAXED_LIMITS_ENV: Readonly<Record<string, string>> = {
  GOTRUE_RATE_LIMIT_OTP: '1000000',
  GOTRUE_RATE_LIMIT_VERIFY: '1000000',
  GOTRUE_RATE_LIMIT_TOKEN_REFRESH: '1000000',
  GOTRUE_RATE_LIMIT_EMAIL_SENT: '1000000',
  GOTRUE_SMTP_MAX_FREQUENCY: '1ms',
};

type Table = Record<string, unknown>;

const table = (value: unknown): Table => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {});

function positiveNumber(where: string, value: unknown, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
    throw new Error(`auth settings: ${where} must be a non-negative number, got ${JSON.stringify(value)}`);
  }
  return number;
}

function duration(where: string, value: unknown, fallbackMs: number): number {
  if (value === undefined || value === '') return fallbackMs;
  const ms = typeof value === 'string' ? parseGoDuration(value) : new Error('not a string');
  if (ms instanceof Error || ms < 0)
    throw new Error(`auth settings: ${where} must be a duration such as "60s" or "8h", got ${JSON.stringify(value)}`);
  return ms;
}

function requirements(value: unknown): PasswordRequirements {
  const raw = value ?? '';
  if (typeof raw !== 'string' || !(raw in PASSWORD_REQUIREMENTS)) {
    throw new Error(
      `auth settings: auth.password_requirements must be one of ${Object.keys(PASSWORD_REQUIREMENTS)
        .map((k) => JSON.stringify(k))
        .join(', ')}`,
    );
  }
  return raw as PasswordRequirements;
}

/** Settings from config.toml text and an environment. */
export function parseAuthSettings(tomlText: string, env: NodeJS.ProcessEnv = {}): AuthSettings {
  const auth = table(parse(tomlText).auth);
  const limits = table(auth.rate_limit);
  const email = table(auth.email);
  const sessions = table(auth.sessions);
  const pick = (envName: string, key: string, fallback: number) =>
    env[envName] !== undefined && env[envName] !== ''
      ? positiveNumber(envName, env[envName], fallback)
      : positiveNumber(`auth.rate_limit.${key}`, limits[key], fallback);
  const passwordRequirements = requirements(auth.password_requirements);
  const frequencyEnv = env.GOTRUE_SMTP_MAX_FREQUENCY;
  return {
    rateLimits: {
      signInSignUps: pick('GOTRUE_RATE_LIMIT_OTP', 'sign_in_sign_ups', GOTRUE_DEFAULTS.signInSignUps),
      tokenVerifications: pick('GOTRUE_RATE_LIMIT_VERIFY', 'token_verifications', GOTRUE_DEFAULTS.tokenVerifications),
      tokenRefresh: pick('GOTRUE_RATE_LIMIT_TOKEN_REFRESH', 'token_refresh', GOTRUE_DEFAULTS.tokenRefresh),
      emailSentPerHour: pick('GOTRUE_RATE_LIMIT_EMAIL_SENT', 'email_sent', GOTRUE_DEFAULTS.emailSentPerHour),
    },
    emailMaxFrequencyMs: frequencyEnv
      ? duration('GOTRUE_SMTP_MAX_FREQUENCY', frequencyEnv, GOTRUE_DEFAULTS.emailMaxFrequencyMs)
      : duration('auth.email.max_frequency', email.max_frequency, GOTRUE_DEFAULTS.emailMaxFrequencyMs),
    otpTtlSeconds: positiveNumber('auth.email.otp_expiry', email.otp_expiry, GOTRUE_DEFAULTS.otpTtlSeconds),
    otpMaxAttempts: OTP_MAX_ATTEMPTS,
    refreshTokenReuseSeconds: positiveNumber(
      'auth.refresh_token_reuse_interval',
      auth.refresh_token_reuse_interval,
      GOTRUE_DEFAULTS.refreshTokenReuseSeconds,
    ),
    password: {
      minLength: positiveNumber('auth.minimum_password_length', auth.minimum_password_length, GOTRUE_DEFAULTS.minLength),
      requiredCharacters: [...PASSWORD_REQUIREMENTS[passwordRequirements]],
      requirements: passwordRequirements,
    },
    sessionTimeboxMs: duration('auth.sessions.timebox', sessions.timebox, 0),
    sessionInactivityTimeoutMs: duration('auth.sessions.inactivity_timeout', sessions.inactivity_timeout, 0),
  };
}

/** Settings from a config.toml file (supabase/config.toml of the repository) and an environment. */
export function readAuthSettings(configTomlPath: string, env: NodeJS.ProcessEnv = {}): AuthSettings {
  let text: string;
  try {
    text = readFileSync(configTomlPath, 'utf8');
  } catch (error) {
    throw new Error(`auth settings: cannot read ${configTomlPath}: ${(error as Error).message}`);
  }
  try {
    return parseAuthSettings(text, env);
  } catch (error) {
    throw new Error(`${configTomlPath}: ${(error as Error).message}`);
  }
}
